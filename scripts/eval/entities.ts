/** Officials / figures / directives scores per the guidelines' matching rules (issue 4 deepens this). */
export async function runEntityEval(_shared: string, _args: string[]): Promise<void> {
  console.log('entity eval: not written yet');
}
