/** Article-structure scores per corpus, side by side with Mozilla Readability (issue 3 deepens this). */
export async function runArticleEval(_shared: string, _args: string[]): Promise<void> {
  console.log('article eval: not written yet');
}
