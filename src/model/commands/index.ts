/** The editing commands: pure `(doc, args) => doc` functions the store and views call. */
export * from './actors';
export * from './bridge';
export * from './clipboard';
export * from './flows';
export * from './identity';
export * from './paste';
export * from './room';
export * from './sheet';
export * from './steps';
export * from './symbols';
export * from './tableColumns';
export * from './tabular';
export { wellFormedProblems } from './wellFormed';
