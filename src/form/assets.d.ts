// Text files that esbuild bundles as strings (scripts/build-form.mjs: loader "text").
declare module "*.mustache" {
  const text: string;
  export default text;
}
declare module "*.cjs" {
  const value: unknown;
  export default value;
}
