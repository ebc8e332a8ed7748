/** A readable name for a URL source: the last path segment, else the host. */
export function filenameFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const last = decodeURIComponent(u.pathname.split("/").filter(Boolean).pop() ?? "");
    return last.replace(/[^\w.\- ]+/g, "_").slice(0, 120) || u.hostname;
  } catch {
    return "source";
  }
}

/** An uploaded file's name, stripped of any path and control characters. */
export function safeFilename(name: string | undefined, fallback = "upload"): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/\p{Cc}/gu, "")
      .trim()
      .slice(0, 200) || fallback
  );
}
