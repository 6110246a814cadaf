/**
 * The view's level-one heading, for screen-reader heading navigation: the tab above already
 * shows its name, so it is not shown twice. ("This page" has the article's title as its h1.)
 */
export function ViewHeading({ text }: { text: string }) {
  return <h1 class="visually-hidden">{text}</h1>;
}
