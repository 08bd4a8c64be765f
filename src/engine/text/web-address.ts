/** "https://…", "www.…": a web address, up to the next space or closing mark. Neither its words nor its numbers are prose. */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'”’)\]]+/giu;

/** What every web address holds: a cheap test before `WEB_ADDRESS` is searched. */
export const WEB_ADDRESS_MARK = /:\/\/|www\./i;
