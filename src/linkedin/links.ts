const POST_URN = /urn:li:(share|ugcPost|activity):\d+/;
const COMMENT_URN = /urn:li:comment:\([^)]+\)/;

/** The urn matching `pattern` inside a LinkedIn link (links carry them URL-encoded). */
function urnInLink(link: string, pattern: RegExp): string | null {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    // A malformed escape: read the link as it is.
  }
  return pattern.exec(decoded)?.[0] ?? null;
}

/** The post's urn in a link to a LinkedIn post or comment, if it has one. */
export function postUrnIn(link: string): string | null {
  return urnInLink(link, POST_URN);
}

/** The comment's urn in a link to a LinkedIn comment, if it has one. */
export function commentUrnIn(link: string): string | null {
  return urnInLink(link, COMMENT_URN);
}
