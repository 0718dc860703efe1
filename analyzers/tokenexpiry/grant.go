package tokenexpiry

// consequence is the failure every message ends with.
const consequence = "then every request fails with 401 AUTHORIZATION_INVALID_TOKEN"
