// Types for the parts of the `stopword` package text-tokens uses (it ships none).
declare module "stopword" {
  export const eng: string[];
  export const fra: string[];
}
