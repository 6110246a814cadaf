/** "Thủ tướng yêu cầu…" -> "thu-tuong-yeu-cau": a file name any system accepts. */
export function slugify(text: string, fallback = 'newsmark-notes'): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Saves text as a file with a Blob and an <a download>: no "downloads" permission needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; give it a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
