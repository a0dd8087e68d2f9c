/** The parts every CSV import screen is built from: upload, progress, problems and their downloadable report. */
@NullMarked
package app.communityops.shared.csv.ui;

import org.jspecify.annotations.NullMarked;
