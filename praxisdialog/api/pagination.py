from ninja import Query

# Page numbers are bounded, so no request can ask the database for an absurd offset;
# anything outside answers 422 with the allowed range.
PAGE_QUERY = Query(1, ge=1, le=100_000, description="Page number, from 1.")
