/** "https://…", "www.…": a web address, up to the next space or closing mark. Neither its words nor its numbers are prose. */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'”’)\]]+/giu;
