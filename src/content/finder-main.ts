/**
 * content-finder.js: the first of the content scripts (see article-finder.ts). Runs no code
 * but this: the finder's work starts when content.js asks for it.
 */
import { annotatePage } from './annotate-page';
import { provideArticleFinder } from './article-finder';

provideArticleFinder({ annotatePage });
