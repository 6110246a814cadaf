// An item's own marker: an ordinal, a letter or a number, a dash. A marked item that orders nothing
// does not end the list it stands in (the next item may still order).
export const LIST_MARKER =
  /^(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|bẩy|tám|chín|mười)|một là|hai là|ba là|bốn là|năm là|[a-zđ]\)|[-–•+*]|\d+[.)])/u;

/**
 * How the items of a list announced with a colon are written. A list whose first item carries a
 * marker ("- Thường xuyên đậy kín ...", "1. Bộ Công Thương ...") ends at the first paragraph without
 * one: "Bộ Y tế khuyến cáo người dân: - ... - ..." followed by "Sở GD-ĐT vừa có công văn ..." is a
 * new passage, and the bodies it names are no items of the list.
 */
export class ListMarks {
  private marked: boolean | null = null;

  /** A colon announced a new list. */
  open(): void {
    this.marked = null;
  }

  /** Whether a paragraph opening on `lower` (lower-cased) still belongs to the open list. */
  continues(lower: string): boolean {
    const marked = LIST_MARKER.test(lower);
    this.marked ??= marked;
    return marked || !this.marked;
  }
}
