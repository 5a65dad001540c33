// The one place a review model from any rules engine becomes today's ReviewModel shape. An engine frozen at an older
// RULES_VERSION builds the review of its own day; when REVIEW_VERSION changes, add the step from the old shape here.
import { REVIEW_VERSION, type ReviewModel } from '../transcript/review-types.ts';

/** A review model as some engine built it: at least its version stamp. */
export interface VersionedReview {
  reviewVersion: number;
}

/** Brings a review model of any known reviewVersion to the current shape; throws on one from the future. */
export function upcastReview(model: VersionedReview): ReviewModel {
  if (model.reviewVersion === REVIEW_VERSION) return model as ReviewModel;
  // Steps go here, oldest first, e.g. `if (model.reviewVersion === 1) model = fromV1(model);`.
  throw new Error(
    `A review model of version ${model.reviewVersion} cannot be shown by this build (it reads version ${REVIEW_VERSION}).`,
  );
}
