/**
 * Inter-coder agreement as pure mathematics: reliability data held in primitive arrays, the
 * coincidence matrix and contingency table built from it, and the coefficients researchers report
 * (percent agreement, Cohen's kappa, Scott's pi, Fleiss' kappa, Krippendorff's alpha, Gwet's
 * AC1/AC2, Brennan-Prediger), each with a standard error where the literature gives one and a
 * seeded, reproducible bootstrap interval. JDK only; reading files lives in {@code table}.
 *
 * <p>Start at {@link io.tacit.agreement.Agreement#report}.
 */
@NullMarked
package io.tacit.agreement;

import org.jspecify.annotations.NullMarked;
