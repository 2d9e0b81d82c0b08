/** Russian words and RAG fills of the roadmap statuses (design §5), from the roadmap module. */
export { statusFills as statusFill, statusLabels as statusWords } from '../roadmap/status-labels';
