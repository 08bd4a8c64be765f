declare module 'virtual:claimlens-index' {
  import type { CompiledIndexData } from './compile-index';
  const data: CompiledIndexData;
  export default data;
}
