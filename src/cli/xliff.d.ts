// The npm `xliff` package ships no types: the four converters the translations command uses.
declare module 'xliff' {
  export function js2xliff(document: object, options?: object): Promise<string>;
  export function jsToXliff12(document: object, options?: object): Promise<string>;
  export function xliff2js(xml: string, options?: object): Promise<unknown>;
  export function xliff12ToJs(xml: string, options?: object): Promise<unknown>;
}
