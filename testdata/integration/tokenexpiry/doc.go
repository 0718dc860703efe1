// Package tokenexpiry holds DocuSign access-token caching code, for the
// tokenexpiry analyzer (DS501-DS504).
package tokenexpiry
