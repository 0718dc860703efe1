package tokenexpiry

// maxChain bounds the walks along one value's definitions or uses
// (conversions, wrappers, a ReuseTokenSource around a source, an
// arithmetic expression over time.Now). They are not cached, so the bound
// cannot make an answer depend on the order questions are asked in.
const maxChain = 8

// maxCallerDepth bounds how many levels of callers checkedByCallers
// climbs to find the expiry check that covers an unexported helper.
const maxCallerDepth = 3
