/** The catalogue element's English: its loading and failure messages. Other languages give the same keys. */
import { addEnglish, type MessageSet } from '../../i18n/localize.js';

export const roleCatalogueMessages: MessageSet = {
  catalogueLoading: 'Loading role catalogue…',
  catalogueFailedSaid: 'The role catalogue could not be loaded. Showing the previous data.',
  catalogueFailed: 'The role catalogue could not be loaded',
  catalogueFailedMore: '; the figures below come from the previous catalogue.',
  moreProblems: (count: number) => `and ${count} more (see the browser console)`,
};
addEnglish(roleCatalogueMessages);
