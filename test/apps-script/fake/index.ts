export { CallCounter, counted } from './calls';
export { createFakeGas, type FakeGas, type FakeOptions } from './create-fake';
export * from './model';
export { type FakeEnv, type FakeServiceFactory, registerFakeService } from './registry';
export { typeIntoCell } from './spreadsheet-app';
export { FakeWorld } from './world';
export { dateOfSerial, formatDate, serialOfDate } from './zone';
