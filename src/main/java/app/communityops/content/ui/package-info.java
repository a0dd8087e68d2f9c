/** Screens of the rulebook and of content items: list, edit dialog with Markdown preview, detail. */
@NullMarked
package app.communityops.content.ui;

import org.jspecify.annotations.NullMarked;
