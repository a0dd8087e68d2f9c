/**
 * Reading uploaded CSV files the way every import of the console does: UTF-8 (with or without BOM) or GBK, comma
 * or tab, records read with bounded memory, formula-safe cells, and problems listed by line, column and reason.
 */
@NullMarked
package app.communityops.shared.csv;

import org.jspecify.annotations.NullMarked;
