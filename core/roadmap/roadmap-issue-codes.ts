/** Issue codes of core/roadmap; each has its Russian sentence in `roadmap-messages.ts`. */
export const roadmapIssueCodes = ['roadmap_placeholder'] as const;

export type RoadmapIssueCode = (typeof roadmapIssueCodes)[number];
