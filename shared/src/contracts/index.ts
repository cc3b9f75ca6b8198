export * from './common';
export * from './cells';
export * from './auth';
export * from './connections';
export * from './datasets';
export * from './charts';
