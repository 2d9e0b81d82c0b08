export { canEditCell, editableCells, protectedCellMessage, roleOf } from './access';
export { CallCounter, counted } from './calls';
export { createFakeGas, type FakeGas, type FakeOptions, type FakeServices, fakeServices } from './create-fake';
export { lockTimeoutMessage } from './lock-service';
export * from './model';
export { type FakeEnv, type FakeServiceFactory, registerFakeService } from './registry';
export { typeIntoCell, userTypes } from './type-into-cell';
export { executionLimitMessage, FakeWorld, worldOf } from './world';
export { dateOfSerial, formatDate, serialOfDate } from './zone';
