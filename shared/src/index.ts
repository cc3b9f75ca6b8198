export * from './contracts';
export * from './chart';
