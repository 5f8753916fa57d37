/** "Acme Security Ltd." → "acme-security-ltd": lowercase ASCII words joined by "-". */
export function slugify(text: string, maxLength: number, fallback: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, maxLength)
      .replace(/-+$/, "") || fallback
  );
}
