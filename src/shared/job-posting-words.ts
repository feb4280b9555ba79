/**
 * The sentences readers see about a page's job advert, in one place so they can move into a
 * message set (Welsh, say) together. Kept short: they ship with every element that reads adverts.
 */
export const JOB_POSTING_WORDS = {
  /** Before the role's name when the advert's title only comes close to it. */
  closestRole: 'Closest role',
  /** Why the role shown is only the closest one. */
  notCertain: (jobTitle?: string) =>
    jobTitle ? `The job’s title, “${jobTitle}”, does not say which role it is. This is the closest one.` : 'The job advert does not say which role it is. This is the closest one.',
  /** The advert names no role the catalogue has: what was read. */
  noRole: (read: string) => `The job advert gives ${read}, which matches no role here.`,
  /** The advert could not be read at all. */
  unreadable: (problems: string) => `The job advert could not be read (${problems}).`,
};
