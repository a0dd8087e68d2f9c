/** CSV import of published content items' engagement figures, all or nothing. */
@NullMarked
package app.communityops.content.io;

import org.jspecify.annotations.NullMarked;
