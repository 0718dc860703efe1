// Package model is a stub of github.com/jfcote87/esign/v2.1/model@v0.9.0 for dslint's analysistest fixtures: the
// types the envelopes stub's status, recipients and create operations return or take, copied from the real
// (generated) package with their exported fields; field comments and methods are left out.
package model

import "time"

// DSBool is used to fix problem of capitalized and quoted
// booleans in json returned from DocuSign. Unmarshals
// "True" and "true" as true, any other value returns false
type DSBool bool

// TabRequired used for the required tab field.  As this field defaults to
// true, a new type was required.  Set to true or false using the REQUIRED
// enums.
type TabRequired int

// TabBase contains common fields for all tabs
type TabBase struct {
	ConditionalParentLabel string `json:"conditionalParentLabel,omitempty"`

	ConditionalParentLabelMetadata *PropertyMetadata `json:"conditionalParentLabelMetadata,omitempty"`

	ConditionalParentValue string `json:"conditionalParentValue,omitempty"`

	ConditionalParentValueMetadata *PropertyMetadata `json:"conditionalParentValueMetadata,omitempty"`

	DocumentID string `json:"documentId,omitempty"`

	DocumentIDMetadata *PropertyMetadata `json:"documentIdMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDMetadata *PropertyMetadata `json:"recipientIdMetadata,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientIDGUIDMetadata *PropertyMetadata `json:"recipientIdGuidMetadata,omitempty"`

	TabGroupLabels []string `json:"tabGroupLabels,omitempty"`

	TabGroupLabelsMetadata *PropertyMetadata `json:"tabGroupLabelsMetadata,omitempty"`

	TabType string `json:"tabType,omitempty"`

	TabTypeMetadata *PropertyMetadata `json:"tabTypeMetadata,omitempty"`
}

// TabGuidedForm contains common fields for all text box tabs
type TabGuidedForm struct {
	FormOrder string `json:"formOrder,omitempty"`

	FormOrderMetadata *PropertyMetadata `json:"formOrderMetadata,omitempty"`

	FormPageLabel string `json:"formPageLabel,omitempty"`

	FormPageLabelMetadata *PropertyMetadata `json:"formPageLabelMetadata,omitempty"`

	FormPageNumber string `json:"formPageNumber,omitempty"`

	FormPageNumberMetadata *PropertyMetadata `json:"formPageNumberMetadata,omitempty"`
}

// TabPosition contains common fields for all tabs that can position themselves on document
type TabPosition struct {
	AnchorCaseSensitive DSBool `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent DSBool `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord DSBool `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	CustomTabID string `json:"customTabId,omitempty"`

	CustomTabIDMetadata *PropertyMetadata `json:"customTabIdMetadata,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	MergeField *MergeField `json:"mergeField,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabLabel string `json:"tabLabel,omitempty"`

	TabLabelMetadata *PropertyMetadata `json:"tabLabelMetadata,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

// TabStyle contains common fields for all tabs that can set a display style
type TabStyle struct {
	Bold DSBool `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	Font string `json:"font,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Italic DSBool `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Underline DSBool `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`
}

// TabValue add Value() func to tab
type TabValue struct {
	Value string `json:"value,omitempty"`

	ValueMetadata *PropertyMetadata `json:"valueMetadata,omitempty"`
}

// AddressInformation contains address information.
type AddressInformation struct {
	Address1 string `json:"address1,omitempty"`

	Address2 string `json:"address2,omitempty"`

	City string `json:"city,omitempty"`

	Country string `json:"country,omitempty"`

	Fax string `json:"fax,omitempty"`

	Phone string `json:"phone,omitempty"`

	PostalCode string `json:"postalCode,omitempty"`

	StateOrProvince string `json:"stateOrProvince,omitempty"`
}

type AddressInformationInput struct {
	AddressInformation *AddressInformation `json:"addressInformation,omitempty"`

	DisplayLevelCode string `json:"displayLevelCode,omitempty"`

	ReceiveInResponse DSBool `json:"receiveInResponse,omitempty"`
}

// Agent contains information about agent recipients.
type Agent struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments DSBool `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// Approve is a tab that allows the recipient to approve documents
// without placing a signature or initials on the
// document.
type Approve struct {
	TabBase
	TabGuidedForm
	TabPosition

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	ButtonText string `json:"buttonText,omitempty"`

	ButtonTextMetadata *PropertyMetadata `json:"buttonTextMetadata,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Attachment contains information about an attachment.
type Attachment struct {
	AccessControl string `json:"accessControl,omitempty"`

	AttachmentID string `json:"attachmentId,omitempty"`

	AttachmentType string `json:"attachmentType,omitempty"`

	Data []byte `json:"data,omitempty"`

	Label string `json:"label,omitempty"`

	Name string `json:"name,omitempty"`

	RemoteURL string `json:"remoteUrl,omitempty"`
}

// AuthenticationStatus is a complex element that contains information about the authentication status.
type AuthenticationStatus struct {
	AccessCodeResult *EventResult `json:"accessCodeResult,omitempty"`

	AgeVerifyResult *EventResult `json:"ageVerifyResult,omitempty"`

	AnySocialIDResult *EventResult `json:"anySocialIDResult,omitempty"`

	FacebookResult *EventResult `json:"facebookResult,omitempty"`

	GoogleResult *EventResult `json:"googleResult,omitempty"`

	IDLookupResult *EventResult `json:"idLookupResult,omitempty"`

	IDQuestionsResult *EventResult `json:"idQuestionsResult,omitempty"`

	LinkedinResult *EventResult `json:"linkedinResult,omitempty"`

	LiveIDResult *EventResult `json:"liveIDResult,omitempty"`

	OfacResult *EventResult `json:"ofacResult,omitempty"`

	OpenIDResult *EventResult `json:"openIDResult,omitempty"`

	PhoneAuthResult *EventResult `json:"phoneAuthResult,omitempty"`

	STANPinResult *EventResult `json:"sTANPinResult,omitempty"`

	SalesforceResult *EventResult `json:"salesforceResult,omitempty"`

	SignatureProviderResult *EventResult `json:"signatureProviderResult,omitempty"`

	SmsAuthResult *EventResult `json:"smsAuthResult,omitempty"`

	TwitterResult *EventResult `json:"twitterResult,omitempty"`

	YahooResult *EventResult `json:"yahooResult,omitempty"`
}

// BccEmailAddress contains information about the BCC email address.
type BccEmailAddress struct {
	BccEmailAddressID string `json:"bccEmailAddressId,omitempty"`

	Email string `json:"email,omitempty"`
}

type BulkEnvelope struct {
	BulkRecipientRow string `json:"bulkRecipientRow,omitempty"`

	BulkStatus string `json:"bulkStatus,omitempty"`

	Email string `json:"email,omitempty"`

	EnvelopeID string `json:"envelopeId,omitempty"`

	EnvelopeURI string `json:"envelopeUri,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Name string `json:"name,omitempty"`

	SubmittedDateTime *time.Time `json:"submittedDateTime,omitempty"`

	TransactionID string `json:"transactionId,omitempty"`
}

type BulkEnvelopeStatus struct {
	BatchID string `json:"batchId,omitempty"`

	BatchSize string `json:"batchSize,omitempty"`

	BulkEnvelopes []BulkEnvelope `json:"bulkEnvelopes,omitempty"`

	BulkEnvelopesBatchURI string `json:"bulkEnvelopesBatchUri,omitempty"`

	EndPosition string `json:"endPosition,omitempty"`

	Failed string `json:"failed,omitempty"`

	NextURI string `json:"nextUri,omitempty"`

	PreviousURI string `json:"previousUri,omitempty"`

	Queued string `json:"queued,omitempty"`

	ResultSetSize string `json:"resultSetSize,omitempty"`

	Sent string `json:"sent,omitempty"`

	StartPosition string `json:"startPosition,omitempty"`

	SubmittedDate string `json:"submittedDate,omitempty"`

	TotalSetSize string `json:"totalSetSize,omitempty"`
}

// CarbonCopy is a carbon copy recipient.
type CarbonCopy struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	AgentCanEditEmail DSBool `json:"agentCanEditEmail,omitempty"`

	AgentCanEditName DSBool `json:"agentCanEditName,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments DSBool `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

type CertifiedDelivery struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	AgentCanEditEmail DSBool `json:"agentCanEditEmail,omitempty"`

	AgentCanEditName DSBool `json:"agentCanEditName,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments DSBool `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// Checkbox is a tab that allows the recipient to select a yes/no (on/off) option.
type Checkbox struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	Selected DSBool `json:"selected,omitempty"`

	SelectedMetadata *PropertyMetadata `json:"selectedMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type Comment struct {
	EnvelopeID string `json:"envelopeId,omitempty"`

	Hmac string `json:"hmac,omitempty"`

	ID string `json:"id,omitempty"`

	Mentions []string `json:"mentions,omitempty"`

	Read bool `json:"read,omitempty"`

	SentByEmail string `json:"sentByEmail,omitempty"`

	SentByFullName string `json:"sentByFullName,omitempty"`

	SentByImageID string `json:"sentByImageId,omitempty"`

	SentByInitials string `json:"sentByInitials,omitempty"`

	SentByRecipientID string `json:"sentByRecipientId,omitempty"`

	SentByUserID string `json:"sentByUserId,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	Subject string `json:"subject,omitempty"`

	TabID string `json:"tabId,omitempty"`

	Text string `json:"text,omitempty"`

	ThreadID string `json:"threadId,omitempty"`

	ThreadOriginatorID string `json:"threadOriginatorId,omitempty"`

	TimeStampFormatted string `json:"timeStampFormatted,omitempty"`

	Timestamp string `json:"timestamp,omitempty"`

	VisibleTo []string `json:"visibleTo,omitempty"`
}

type CommentThread struct {
	TabBase
	TabGuidedForm
	TabPosition

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	Comments []Comment `json:"comments,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ThreadID string `json:"threadId,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Company is a tab that displays the recipient's company name.
type Company struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type CompositeTemplate struct {
	CompositeTemplateID string `json:"compositeTemplateId,omitempty"`

	Document *Document `json:"document,omitempty"`

	InlineTemplates []InlineTemplate `json:"inlineTemplates,omitempty"`

	PdfMetaDataTemplateSequence string `json:"pdfMetaDataTemplateSequence,omitempty"`

	ServerTemplates []ServerTemplate `json:"serverTemplates,omitempty"`
}

type Country struct {
	IsoCode string `json:"isoCode,omitempty"`

	Name string `json:"name,omitempty"`

	ProvinceValidated string `json:"provinceValidated,omitempty"`

	Provinces []Province `json:"provinces,omitempty"`
}

// CustomFields envelope custom fields
type CustomFields struct {
	ListCustomFields []ListCustomField `json:"listCustomFields,omitempty"`

	TextCustomFields []TextCustomField `json:"textCustomFields,omitempty"`
}

// Date is a tab that allows the recipient to enter a date. Date tabs
// are one-line fields that allow date information to be
// entered in any format. The tooltip for this tab recommends
// entering the date as MM/DD/YYYY, but this is not enforced.
// The format entered by the signer is retained. If you need a
// particular date format enforced, DocuSign recommends using a
// Text tab with a validation pattern and a validation message
// to enforce the format.
type Date struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// DateSigned is a tab that displays the date that the recipient signed the
// document.
type DateSigned struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Decline is a tab that allows the recipient the option of declining an
// envelope. If the recipient clicks the tab during the signing
// process, the envelope is voided.
type Decline struct {
	TabBase
	TabGuidedForm
	TabPosition

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	ButtonText string `json:"buttonText,omitempty"`

	ButtonTextMetadata *PropertyMetadata `json:"buttonTextMetadata,omitempty"`

	DeclineReason string `json:"declineReason,omitempty"`

	DeclineReasonMetadata *PropertyMetadata `json:"declineReasonMetadata,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type DobInformationInput struct {
	DateOfBirth string `json:"dateOfBirth,omitempty"`

	DisplayLevelCode string `json:"displayLevelCode,omitempty"`

	ReceiveInResponse DSBool `json:"receiveInResponse,omitempty"`
}

// Document is a document object.
type Document struct {
	ApplyAnchorTabs string `json:"applyAnchorTabs,omitempty"`

	Display string `json:"display,omitempty"`

	DocumentBase64 []byte `json:"documentBase64,omitempty"`

	DocumentFields []NameValue `json:"documentFields,omitempty"`

	DocumentGroup string `json:"documentGroup,omitempty"`

	DocumentID string `json:"documentId,omitempty"`

	EncryptedWithKeyManager DSBool `json:"encryptedWithKeyManager,omitempty"`

	FileExtension string `json:"fileExtension,omitempty"`

	FileFormatHint string `json:"fileFormatHint,omitempty"`

	HTMLDefinition *DocumentHTMLDefinition `json:"htmlDefinition,omitempty"`

	IncludeInDownload DSBool `json:"includeInDownload,omitempty"`

	MatchBoxes []MatchBox `json:"matchBoxes,omitempty"`

	Name string `json:"name,omitempty"`

	Order string `json:"order,omitempty"`

	PageCount string `json:"pageCount,omitempty"`

	PageSizes []PageSize `json:"pageSizes,omitempty"`

	Pages string `json:"pages,omitempty"`

	Password string `json:"password,omitempty"`

	PdfFormFieldOption string `json:"pdfFormFieldOption,omitempty"`

	RemoteURL string `json:"remoteUrl,omitempty"`

	SignerMustAcknowledge string `json:"signerMustAcknowledge,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TransformPdfFields DSBool `json:"transformPdfFields,omitempty"`

	URI string `json:"uri,omitempty"`
}

type DocumentHTMLCollapsibleDisplaySettings struct {
	ArrowClosed string `json:"arrowClosed,omitempty"`

	ArrowColor string `json:"arrowColor,omitempty"`

	ArrowLocation string `json:"arrowLocation,omitempty"`

	ArrowOpen string `json:"arrowOpen,omitempty"`

	ArrowSize string `json:"arrowSize,omitempty"`

	ArrowStyle string `json:"arrowStyle,omitempty"`

	ContainerStyle string `json:"containerStyle,omitempty"`

	LabelStyle string `json:"labelStyle,omitempty"`

	OnlyArrowIsClickable bool `json:"onlyArrowIsClickable,omitempty"`

	OuterLabelAndArrowStyle string `json:"outerLabelAndArrowStyle,omitempty"`
}

type DocumentHTMLDefinition struct {
	DisplayAnchorPrefix string `json:"displayAnchorPrefix,omitempty"`

	DisplayAnchors []DocumentHTMLDisplayAnchor `json:"displayAnchors,omitempty"`

	DisplayOrder int32 `json:"displayOrder,omitempty"`

	DisplayPageNumber int32 `json:"displayPageNumber,omitempty"`

	DocumentGUID string `json:"documentGuid,omitempty"`

	DocumentID string `json:"documentId,omitempty"`

	HeaderLabel string `json:"headerLabel,omitempty"`

	MaxScreenWidth string `json:"maxScreenWidth,omitempty"`

	RemoveEmptyTags DSBool `json:"removeEmptyTags,omitempty"`

	ShowMobileOptimizedToggle DSBool `json:"showMobileOptimizedToggle,omitempty"`

	Source string `json:"source,omitempty"`
}

type DocumentHTMLDisplayAnchor struct {
	CaseSensitive bool `json:"caseSensitive,omitempty"`

	DisplaySettings *DocumentHTMLDisplaySettings `json:"displaySettings,omitempty"`

	EndAnchor string `json:"endAnchor,omitempty"`

	RemoveEndAnchor bool `json:"removeEndAnchor,omitempty"`

	RemoveStartAnchor bool `json:"removeStartAnchor,omitempty"`

	StartAnchor string `json:"startAnchor,omitempty"`
}

type DocumentHTMLDisplaySettings struct {
	CellStyle string `json:"cellStyle,omitempty"`

	CollapsibleSettings *DocumentHTMLCollapsibleDisplaySettings `json:"collapsibleSettings,omitempty"`

	Display string `json:"display,omitempty"`

	DisplayLabel string `json:"displayLabel,omitempty"`

	DisplayOrder int32 `json:"displayOrder,omitempty"`

	DisplayPageNumber int32 `json:"displayPageNumber,omitempty"`

	HideLabelWhenOpened bool `json:"hideLabelWhenOpened,omitempty"`

	InlineOuterStyle string `json:"inlineOuterStyle,omitempty"`

	LabelWhenOpened string `json:"labelWhenOpened,omitempty"`

	ScrollToTopWhenOpened bool `json:"scrollToTopWhenOpened,omitempty"`

	TableStyle string `json:"tableStyle,omitempty"`
}

// DocumentVisibility this object configures a recipient's read/write access to a document.
type DocumentVisibility struct {
	DocumentID string `json:"documentId,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	Rights string `json:"rights,omitempty"`

	Visible string `json:"visible,omitempty"`
}

// Editor is a complex type defining the management and access rights of a recipient assigned as an editor on the document.
type Editor struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// Email is a tab that allows the recipient to enter an email address.
// This is a one-line field that checks that a valid email
// address is entered. It uses the same parameters as a Text
// tab, with the validation message and pattern set for email
// information.
//
// When getting information that includes
// this tab type, the original value of the tab when the
// associated envelope was sent is included in the response.
type Email struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// EmailAddress is a tab that displays the recipient's email as entered in the
// recipient information.
type EmailAddress struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// EmailSettings envelope email settings
type EmailSettings struct {
	BccEmailAddresses []BccEmailAddress `json:"bccEmailAddresses,omitempty"`

	ReplyEmailAddressOverride string `json:"replyEmailAddressOverride,omitempty"`

	ReplyEmailNameOverride string `json:"replyEmailNameOverride,omitempty"`
}

// Envelope envelope creation, management
type Envelope struct {
	AccessControlListBase64 string `json:"accessControlListBase64,omitempty"`

	AllowComments string `json:"allowComments,omitempty"`

	AllowMarkup DSBool `json:"allowMarkup,omitempty"`

	AllowReassign DSBool `json:"allowReassign,omitempty"`

	AllowViewHistory DSBool `json:"allowViewHistory,omitempty"`

	AnySigner string `json:"anySigner,omitempty"`

	Asynchronous DSBool `json:"asynchronous,omitempty"`

	AttachmentsURI string `json:"attachmentsUri,omitempty"`

	AuthoritativeCopy DSBool `json:"authoritativeCopy,omitempty"`

	AuthoritativeCopyDefault string `json:"authoritativeCopyDefault,omitempty"`

	AutoNavigation string `json:"autoNavigation,omitempty"`

	BrandID string `json:"brandId,omitempty"`

	BrandLock string `json:"brandLock,omitempty"`

	CertificateURI string `json:"certificateUri,omitempty"`

	CompletedDateTime *time.Time `json:"completedDateTime,omitempty"`

	CreatedDateTime *time.Time `json:"createdDateTime,omitempty"`

	CustomFields *CustomFields `json:"customFields,omitempty"`

	CustomFieldsURI string `json:"customFieldsUri,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeletedDateTime *time.Time `json:"deletedDateTime,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DisableResponsiveDocument string `json:"disableResponsiveDocument,omitempty"`

	DocumentsCombinedURI string `json:"documentsCombinedUri,omitempty"`

	DocumentsURI string `json:"documentsUri,omitempty"`

	EmailBlurb string `json:"emailBlurb,omitempty"`

	EmailSettings *EmailSettings `json:"emailSettings,omitempty"`

	EmailSubject string `json:"emailSubject,omitempty"`

	EnableWetSign DSBool `json:"enableWetSign,omitempty"`

	EnforceSignerVisibility DSBool `json:"enforceSignerVisibility,omitempty"`

	EnvelopeAttachments []Attachment `json:"envelopeAttachments,omitempty"`

	EnvelopeDocuments []EnvelopeDocument `json:"envelopeDocuments,omitempty"`

	EnvelopeID string `json:"envelopeId,omitempty"`

	EnvelopeIDStamping DSBool `json:"envelopeIdStamping,omitempty"`

	EnvelopeLocation string `json:"envelopeLocation,omitempty"`

	EnvelopeMetadata *EnvelopeMetadata `json:"envelopeMetadata,omitempty"`

	EnvelopeURI string `json:"envelopeUri,omitempty"`

	ExpireAfter string `json:"expireAfter,omitempty"`

	ExpireDateTime string `json:"expireDateTime,omitempty"`

	ExpireEnabled string `json:"expireEnabled,omitempty"`

	ExternalEnvelopeID string `json:"externalEnvelopeId,omitempty"`

	Folders []Folder `json:"folders,omitempty"`

	HasComments string `json:"hasComments,omitempty"`

	HasFormDataChanged string `json:"hasFormDataChanged,omitempty"`

	HasWavFile string `json:"hasWavFile,omitempty"`

	Holder string `json:"holder,omitempty"`

	InitialSentDateTime *time.Time `json:"initialSentDateTime,omitempty"`

	Is21CFRPart11 DSBool `json:"is21CFRPart11,omitempty"`

	IsDynamicEnvelope string `json:"isDynamicEnvelope,omitempty"`

	IsSignatureProviderEnvelope DSBool `json:"isSignatureProviderEnvelope,omitempty"`

	LastModifiedDateTime *time.Time `json:"lastModifiedDateTime,omitempty"`

	Location string `json:"location,omitempty"`

	LockInformation *LockInformation `json:"lockInformation,omitempty"`

	MessageLock DSBool `json:"messageLock,omitempty"`

	Notification DSBool `json:"notification,omitempty"`

	NotificationURI string `json:"notificationUri,omitempty"`

	PowerForm *PowerForm `json:"powerForm,omitempty"`

	PurgeCompletedDate string `json:"purgeCompletedDate,omitempty"`

	PurgeRequestDate string `json:"purgeRequestDate,omitempty"`

	PurgeState string `json:"purgeState,omitempty"`

	Recipients *Recipients `json:"recipients,omitempty"`

	RecipientsLock DSBool `json:"recipientsLock,omitempty"`

	RecipientsURI string `json:"recipientsUri,omitempty"`

	Sender *UserInfo `json:"sender,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignerCanSignOnMobile DSBool `json:"signerCanSignOnMobile,omitempty"`

	SigningLocation string `json:"signingLocation,omitempty"`

	Status string `json:"status,omitempty"`

	StatusChangedDateTime *time.Time `json:"statusChangedDateTime,omitempty"`

	StatusDateTime string `json:"statusDateTime,omitempty"`

	TemplatesURI string `json:"templatesUri,omitempty"`

	TransactionID string `json:"transactionId,omitempty"`

	UseDisclosure DSBool `json:"useDisclosure,omitempty"`

	VoidedDateTime *time.Time `json:"voidedDateTime,omitempty"`

	VoidedReason string `json:"voidedReason,omitempty"`
}

// EnvelopeDefinition envelope object definition.
type EnvelopeDefinition struct {
	AccessControlListBase64 string `json:"accessControlListBase64,omitempty"`

	Accessibility string `json:"accessibility,omitempty"`

	AllowComments string `json:"allowComments,omitempty"`

	AllowMarkup DSBool `json:"allowMarkup,omitempty"`

	AllowReassign DSBool `json:"allowReassign,omitempty"`

	AllowRecipientRecursion DSBool `json:"allowRecipientRecursion,omitempty"`

	AllowViewHistory DSBool `json:"allowViewHistory,omitempty"`

	AnySigner string `json:"anySigner,omitempty"`

	Asynchronous DSBool `json:"asynchronous,omitempty"`

	Attachments []Attachment `json:"attachments,omitempty"`

	AttachmentsURI string `json:"attachmentsUri,omitempty"`

	AuthoritativeCopy DSBool `json:"authoritativeCopy,omitempty"`

	AuthoritativeCopyDefault string `json:"authoritativeCopyDefault,omitempty"`

	AutoNavigation string `json:"autoNavigation,omitempty"`

	BrandID string `json:"brandId,omitempty"`

	BrandLock string `json:"brandLock,omitempty"`

	CertificateURI string `json:"certificateUri,omitempty"`

	CompletedDateTime *time.Time `json:"completedDateTime,omitempty"`

	CompositeTemplates []CompositeTemplate `json:"compositeTemplates,omitempty"`

	CreatedDateTime *time.Time `json:"createdDateTime,omitempty"`

	CustomFields *CustomFields `json:"customFields,omitempty"`

	CustomFieldsURI string `json:"customFieldsUri,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeletedDateTime *time.Time `json:"deletedDateTime,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DisableResponsiveDocument string `json:"disableResponsiveDocument,omitempty"`

	Documents []Document `json:"documents,omitempty"`

	DocumentsCombinedURI string `json:"documentsCombinedUri,omitempty"`

	DocumentsURI string `json:"documentsUri,omitempty"`

	EmailBlurb string `json:"emailBlurb,omitempty"`

	EmailSettings *EmailSettings `json:"emailSettings,omitempty"`

	EmailSubject string `json:"emailSubject,omitempty"`

	EnableWetSign DSBool `json:"enableWetSign,omitempty"`

	EnforceSignerVisibility DSBool `json:"enforceSignerVisibility,omitempty"`

	EnvelopeAttachments []Attachment `json:"envelopeAttachments,omitempty"`

	EnvelopeDocuments []EnvelopeDocument `json:"envelopeDocuments,omitempty"`

	EnvelopeID string `json:"envelopeId,omitempty"`

	EnvelopeIDStamping DSBool `json:"envelopeIdStamping,omitempty"`

	EnvelopeLocation string `json:"envelopeLocation,omitempty"`

	EnvelopeMetadata *EnvelopeMetadata `json:"envelopeMetadata,omitempty"`

	EnvelopeURI string `json:"envelopeUri,omitempty"`

	EventNotification *EventNotification `json:"eventNotification,omitempty"`

	EventNotifications []EventNotification `json:"eventNotifications,omitempty"`

	ExpireAfter string `json:"expireAfter,omitempty"`

	ExpireDateTime string `json:"expireDateTime,omitempty"`

	ExpireEnabled string `json:"expireEnabled,omitempty"`

	ExternalEnvelopeID string `json:"externalEnvelopeId,omitempty"`

	Folders []Folder `json:"folders,omitempty"`

	HasComments string `json:"hasComments,omitempty"`

	HasFormDataChanged string `json:"hasFormDataChanged,omitempty"`

	HasWavFile string `json:"hasWavFile,omitempty"`

	Holder string `json:"holder,omitempty"`

	InitialSentDateTime *time.Time `json:"initialSentDateTime,omitempty"`

	Is21CFRPart11 DSBool `json:"is21CFRPart11,omitempty"`

	IsDynamicEnvelope string `json:"isDynamicEnvelope,omitempty"`

	IsSignatureProviderEnvelope DSBool `json:"isSignatureProviderEnvelope,omitempty"`

	LastModifiedDateTime *time.Time `json:"lastModifiedDateTime,omitempty"`

	Location string `json:"location,omitempty"`

	LockInformation *LockInformation `json:"lockInformation,omitempty"`

	MessageLock DSBool `json:"messageLock,omitempty"`

	Notification *Notification `json:"notification,omitempty"`

	NotificationURI string `json:"notificationUri,omitempty"`

	Password string `json:"password,omitempty"`

	PowerForm *PowerForm `json:"powerForm,omitempty"`

	PurgeCompletedDate string `json:"purgeCompletedDate,omitempty"`

	PurgeRequestDate string `json:"purgeRequestDate,omitempty"`

	PurgeState string `json:"purgeState,omitempty"`

	Recipients *Recipients `json:"recipients,omitempty"`

	RecipientsLock DSBool `json:"recipientsLock,omitempty"`

	RecipientsURI string `json:"recipientsUri,omitempty"`

	Sender *UserInfo `json:"sender,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignerCanSignOnMobile DSBool `json:"signerCanSignOnMobile,omitempty"`

	SigningLocation string `json:"signingLocation,omitempty"`

	Status string `json:"status,omitempty"`

	StatusChangedDateTime *time.Time `json:"statusChangedDateTime,omitempty"`

	StatusDateTime string `json:"statusDateTime,omitempty"`

	TemplateID string `json:"templateId,omitempty"`

	TemplateRoles []TemplateRole `json:"templateRoles,omitempty"`

	TemplatesURI string `json:"templatesUri,omitempty"`

	TransactionID string `json:"transactionId,omitempty"`

	UseDisclosure DSBool `json:"useDisclosure,omitempty"`

	VoidedDateTime *time.Time `json:"voidedDateTime,omitempty"`

	VoidedReason string `json:"voidedReason,omitempty"`
}

type EnvelopeDocument struct {
	AddedRecipientIds []string `json:"addedRecipientIds,omitempty"`

	AttachmentTabID string `json:"attachmentTabId,omitempty"`

	AuthoritativeCopy DSBool `json:"authoritativeCopy,omitempty"`

	AuthoritativeCopyMetadata *PropertyMetadata `json:"authoritativeCopyMetadata,omitempty"`

	AvailableDocumentTypes []SignatureType `json:"availableDocumentTypes,omitempty"`

	ContainsPdfFormFields string `json:"containsPdfFormFields,omitempty"`

	Display string `json:"display,omitempty"`

	DisplayMetadata *PropertyMetadata `json:"displayMetadata,omitempty"`

	DocumentFields []NameValue `json:"documentFields,omitempty"`

	DocumentGroup string `json:"documentGroup,omitempty"`

	DocumentID string `json:"documentId,omitempty"`

	DocumentIDGUID string `json:"documentIdGuid,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	IncludeInDownload DSBool `json:"includeInDownload,omitempty"`

	IncludeInDownloadMetadata *PropertyMetadata `json:"includeInDownloadMetadata,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Order string `json:"order,omitempty"`

	Pages []Page `json:"pages,omitempty"`

	SignerMustAcknowledge string `json:"signerMustAcknowledge,omitempty"`

	SignerMustAcknowledgeMetadata *PropertyMetadata `json:"signerMustAcknowledgeMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	Type string `json:"type,omitempty"`

	URI string `json:"uri,omitempty"`
}

// EnvelopeEvent for which envelope events should your webhook be called?
type EnvelopeEvent struct {
	EnvelopeEventStatusCode string `json:"envelopeEventStatusCode,omitempty"`

	IncludeDocuments string `json:"includeDocuments,omitempty"`
}

// EnvelopeID is a tab that displays the envelope ID. Recipients cannot enter
// or change the information in this tab.
type EnvelopeID struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// EnvelopeIdsRequest lists of envelope and transaction IDs to use in the results.
type EnvelopeIdsRequest struct {
	EnvelopeIds []string `json:"envelopeIds,omitempty"`

	TransactionIds []string `json:"transactionIds,omitempty"`
}

type EnvelopeMetadata struct {
	AllowAdvancedCorrect string `json:"allowAdvancedCorrect,omitempty"`

	AllowCorrect string `json:"allowCorrect,omitempty"`

	EnableSignWithNotary string `json:"enableSignWithNotary,omitempty"`
}

type EnvelopeSummary struct {
	BulkEnvelopeStatus *BulkEnvelopeStatus `json:"bulkEnvelopeStatus,omitempty"`

	EnvelopeID string `json:"envelopeId,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Status string `json:"status,omitempty"`

	StatusDateTime *time.Time `json:"statusDateTime,omitempty"`

	URI string `json:"uri,omitempty"`
}

type EnvelopeTransactionStatus struct {
	EnvelopeID string `json:"envelopeId,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Status string `json:"status,omitempty"`

	TransactionID string `json:"transactionId,omitempty"`
}

// EnvelopesInformation result set for the Envelopes: listStatusChanges method
type EnvelopesInformation struct {
	ContinuationToken string `json:"continuationToken,omitempty"`

	EndPosition string `json:"endPosition,omitempty"`

	EnvelopeTransactionStatuses []EnvelopeTransactionStatus `json:"envelopeTransactionStatuses,omitempty"`

	Envelopes []Envelope `json:"envelopes,omitempty"`

	Folders []Folder `json:"folders,omitempty"`

	LastQueriedDateTime string `json:"lastQueriedDateTime,omitempty"`

	NextURI string `json:"nextUri,omitempty"`

	PreviousURI string `json:"previousUri,omitempty"`

	ResultSetSize string `json:"resultSetSize,omitempty"`

	StartPosition string `json:"startPosition,omitempty"`

	TotalSetSize string `json:"totalSetSize,omitempty"`
}

// ErrorDetails this object describes errors that occur. It is only valid for responses and ignored in requests.
type ErrorDetails struct {
	ErrorCode string `json:"errorCode,omitempty"`

	Message string `json:"message,omitempty"`
}

// EventNotification register a Connect webhook for a specific envelope
type EventNotification struct {
	EnvelopeEvents []EnvelopeEvent `json:"envelopeEvents,omitempty"`

	IncludeCertificateOfCompletion DSBool `json:"includeCertificateOfCompletion,omitempty"`

	IncludeCertificateWithSoap DSBool `json:"includeCertificateWithSoap,omitempty"`

	IncludeDocumentFields DSBool `json:"includeDocumentFields,omitempty"`

	IncludeDocuments DSBool `json:"includeDocuments,omitempty"`

	IncludeEnvelopeVoidReason DSBool `json:"includeEnvelopeVoidReason,omitempty"`

	IncludeSenderAccountAsCustomField DSBool `json:"includeSenderAccountAsCustomField,omitempty"`

	IncludeTimeZone DSBool `json:"includeTimeZone,omitempty"`

	LoggingEnabled DSBool `json:"loggingEnabled,omitempty"`

	RecipientEvents []RecipientEvent `json:"recipientEvents,omitempty"`

	RequireAcknowledgment DSBool `json:"requireAcknowledgment,omitempty"`

	SignMessageWithX509Cert DSBool `json:"signMessageWithX509Cert,omitempty"`

	SoapNameSpace string `json:"soapNameSpace,omitempty"`

	URL string `json:"url,omitempty"`

	UseSoapInterface DSBool `json:"useSoapInterface,omitempty"`
}

// EventResult information about the result of an event.
type EventResult struct {
	EventTimestamp string `json:"eventTimestamp,omitempty"`

	FailureDescription string `json:"failureDescription,omitempty"`

	Status string `json:"status,omitempty"`

	VendorFailureStatusCode string `json:"vendorFailureStatusCode,omitempty"`
}

// Expirations is a complex element that specifies the expiration settings for the envelope.
type Expirations struct {
	ExpireAfter string `json:"expireAfter,omitempty"`

	ExpireEnabled DSBool `json:"expireEnabled,omitempty"`

	ExpireWarn string `json:"expireWarn,omitempty"`
}

type FeatureAvailableMetadata struct {
	Availabilty string `json:"availabilty,omitempty"`

	FeatureName string `json:"featureName,omitempty"`
}

type Filter struct {
	ActionRequired string `json:"actionRequired,omitempty"`

	Expires string `json:"expires,omitempty"`

	FolderIds string `json:"folderIds,omitempty"`

	FromDateTime *time.Time `json:"fromDateTime,omitempty"`

	IsTemplate DSBool `json:"isTemplate,omitempty"`

	Order string `json:"order,omitempty"`

	OrderBy string `json:"orderBy,omitempty"`

	SearchTarget string `json:"searchTarget,omitempty"`

	SearchText string `json:"searchText,omitempty"`

	Status string `json:"status,omitempty"`

	ToDateTime *time.Time `json:"toDateTime,omitempty"`
}

// FirstName is a tab that displays the recipient's first name. This tab
// takes the recipient's name as entered in the recipient
// information, splits it into sections based on spaces and
// uses the first section as the first name.
type FirstName struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type Folder struct {
	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Filter *Filter `json:"filter,omitempty"`

	FolderID string `json:"folderId,omitempty"`

	FolderItems []FolderItemV2 `json:"folderItems,omitempty"`

	Folders []Folder `json:"folders,omitempty"`

	HasAccess string `json:"hasAccess,omitempty"`

	HasSubFolders string `json:"hasSubFolders,omitempty"`

	ItemCount string `json:"itemCount,omitempty"`

	Name string `json:"name,omitempty"`

	Owner *UserInfo `json:"owner,omitempty"`

	ParentFolderID string `json:"parentFolderId,omitempty"`

	ParentFolderURI string `json:"parentFolderUri,omitempty"`

	SubFolderCount string `json:"subFolderCount,omitempty"`

	Type string `json:"type,omitempty"`

	URI string `json:"uri,omitempty"`
}

// FolderItemV2 information about folder item results.
type FolderItemV2 struct {
	CompletedDateTime *time.Time `json:"completedDateTime,omitempty"`

	CreatedDateTime *time.Time `json:"createdDateTime,omitempty"`

	EnvelopeID string `json:"envelopeId,omitempty"`

	EnvelopeURI string `json:"envelopeUri,omitempty"`

	ExpireDateTime *time.Time `json:"expireDateTime,omitempty"`

	FolderID string `json:"folderId,omitempty"`

	FolderURI string `json:"folderUri,omitempty"`

	Is21CFRPart11 DSBool `json:"is21CFRPart11,omitempty"`

	OwnerName string `json:"ownerName,omitempty"`

	Recipients *Recipients `json:"recipients,omitempty"`

	RecipientsURI string `json:"recipientsUri,omitempty"`

	SenderCompany string `json:"senderCompany,omitempty"`

	SenderEmail string `json:"senderEmail,omitempty"`

	SenderName string `json:"senderName,omitempty"`

	SenderUserID string `json:"senderUserId,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	Status string `json:"status,omitempty"`

	Subject string `json:"subject,omitempty"`

	TemplateID string `json:"templateId,omitempty"`

	TemplateURI string `json:"templateUri,omitempty"`
}

// FormulaTab is the value of a formula tab is calculated
// from the values of other
// number or date tabs in the document.
// When the recipient completes the underlying fields,
// the formula tab calculates and displays the result.
//
// The `formula` property of the tab
// contains the references
// to the underlying tabs.
// See [Calculated Fields][calculatedfields]
// in the DocuSign Support Center
// to learn more about formulas.
//
// If a formula tab contains
// a `paymentDetails` property,
// the tab is considered a payment item.
// See [Requesting Payments Along with Signatures][paymentguide]
// in the DocuSign Support Center
// to learn more about payments.
//
// [calculatedfields]: https://support.docusign.com/en/guides/ndse-user-guide-calculated-fields
// [paymentguide]: https://support.docusign.com/en/guides/requesting-payments-along-with-signatures
type FormulaTab struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Formula string `json:"formula,omitempty"`

	FormulaMetadata *PropertyMetadata `json:"formulaMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Hidden string `json:"hidden,omitempty"`

	HiddenMetadata *PropertyMetadata `json:"hiddenMetadata,omitempty"`

	IsPaymentAmount DSBool `json:"isPaymentAmount,omitempty"`

	IsPaymentAmountMetadata *PropertyMetadata `json:"isPaymentAmountMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	PaymentDetails *PaymentDetails `json:"paymentDetails,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	RoundDecimalPlaces string `json:"roundDecimalPlaces,omitempty"`

	RoundDecimalPlacesMetadata *PropertyMetadata `json:"roundDecimalPlacesMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// FullName is a tab that displays the recipient's full name.
type FullName struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type GraphicsContext struct {
	FillColor string `json:"fillColor,omitempty"`

	LineColor string `json:"lineColor,omitempty"`

	LineWeight string `json:"lineWeight,omitempty"`
}

// IDCheckInformationInput is a complex element that contains input information related to a recipient ID check.
type IDCheckInformationInput struct {
	AddressInformationInput *AddressInformationInput `json:"addressInformationInput,omitempty"`

	DobInformationInput *DobInformationInput `json:"dobInformationInput,omitempty"`

	Ssn4InformationInput *Ssn4InformationInput `json:"ssn4InformationInput,omitempty"`

	Ssn9InformationInput *Ssn9InformationInput `json:"ssn9InformationInput,omitempty"`
}

// InPersonSigner is an in-person recipient is a DocuSign user,
// acting as a Signing Host,
// who is in the same physical location as the signer.
// To learn about fields used
// for eNotary feature,
// see the [EnvelopeRecipients resource][enveloperecipientsInPerson].
//
// [enveloperecipientsInPerson]: /https://developers.docusign.com/esign-rest-api/reference/Envelopes/EnvelopeRecipients/#in-person-signers-recipient
type InPersonSigner struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	AutoNavigation string `json:"autoNavigation,omitempty"`

	CanSignOffline DSBool `json:"canSignOffline,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CreationReason string `json:"creationReason,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DefaultRecipient DSBool `json:"defaultRecipient,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments []string `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	HostEmail string `json:"hostEmail,omitempty"`

	HostEmailMetadata *PropertyMetadata `json:"hostEmailMetadata,omitempty"`

	HostName string `json:"hostName,omitempty"`

	HostNameMetadata *PropertyMetadata `json:"hostNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InPersonSigningType string `json:"inPersonSigningType,omitempty"`

	InPersonSigningTypeMetadata *PropertyMetadata `json:"inPersonSigningTypeMetadata,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	NotaryHost *NotaryHost `json:"notaryHost,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientSignatureProviders []RecipientSignatureProvider `json:"recipientSignatureProviders,omitempty"`

	RecipientSuppliesTabs string `json:"recipientSuppliesTabs,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RequireSignOnPaper DSBool `json:"requireSignOnPaper,omitempty"`

	RequireSignerCertificate string `json:"requireSignerCertificate,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignInEachLocation DSBool `json:"signInEachLocation,omitempty"`

	SignInEachLocationMetadata *PropertyMetadata `json:"signInEachLocationMetadata,omitempty"`

	SignatureInfo *RecipientSignatureInformation `json:"signatureInfo,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SignerEmail string `json:"signerEmail,omitempty"`

	SignerEmailMetadata *PropertyMetadata `json:"signerEmailMetadata,omitempty"`

	SignerFirstName string `json:"signerFirstName,omitempty"`

	SignerFirstNameMetadata *PropertyMetadata `json:"signerFirstNameMetadata,omitempty"`

	SignerLastName string `json:"signerLastName,omitempty"`

	SignerLastNameMetadata *PropertyMetadata `json:"signerLastNameMetadata,omitempty"`

	SignerName string `json:"signerName,omitempty"`

	SignerNameMetadata *PropertyMetadata `json:"signerNameMetadata,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// InitialHere is a tab that allows the recipient to initial the document. May
// be optional.
type InitialHere struct {
	TabBase
	TabGuidedForm
	TabPosition

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Optional DSBool `json:"optional,omitempty"`

	OptionalMetadata *PropertyMetadata `json:"optionalMetadata,omitempty"`

	ScaleValue string `json:"scaleValue,omitempty"`

	ScaleValueMetadata *PropertyMetadata `json:"scaleValueMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type InlineTemplate struct {
	CustomFields *CustomFields `json:"customFields,omitempty"`

	Documents []Document `json:"documents,omitempty"`

	Envelope *Envelope `json:"envelope,omitempty"`

	Recipients *Recipients `json:"recipients,omitempty"`

	Sequence string `json:"sequence,omitempty"`
}

type Intermediary struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments DSBool `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// LastName is a tab that displays the recipient's last name. This tab
// takes the recipient's name as entered in the recipient
// information, splits it into sections based on spaces and
// uses the last section as the last name.
type LastName struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// List this tab offers a list of options to choose from.
// The `listItems`
// property contains a list of
// [`listItem`](https://developers.docusign.com/esign-rest-api/reference/Envelopes/EnvelopeRecipientTabs/create/#/definitions/listItem)
// objects to specify the selectable options.
type List struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabValue

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	ListItems []ListItem `json:"listItems,omitempty"`

	ListSelectedValue string `json:"listSelectedValue,omitempty"`

	ListSelectedValueMetadata *PropertyMetadata `json:"listSelectedValueMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type ListCustomField struct {
	ConfigurationType string `json:"configurationType,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	FieldID string `json:"fieldId,omitempty"`

	ListItems []string `json:"listItems,omitempty"`

	Name string `json:"name,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	Show DSBool `json:"show,omitempty"`

	Value string `json:"value,omitempty"`
}

// ListItem one of the selectable items
// in the `listItems` property
// of a [`list`](https://developers.docusign.com/esign-rest-api/reference/Envelopes/EnvelopeRecipientTabs/create/#/definitions/list) tab.
type ListItem struct {
	Selected DSBool `json:"selected,omitempty"`

	SelectedMetadata *PropertyMetadata `json:"selectedMetadata,omitempty"`

	Text string `json:"text,omitempty"`

	TextMetadata *PropertyMetadata `json:"textMetadata,omitempty"`

	Value string `json:"value,omitempty"`

	ValueMetadata *PropertyMetadata `json:"valueMetadata,omitempty"`
}

type LocalePolicy struct {
	AddressFormat string `json:"addressFormat,omitempty"`

	AddressFormatMetadata *SettingsMetadata `json:"addressFormatMetadata,omitempty"`

	AllowRegion string `json:"allowRegion,omitempty"`

	CalendarType string `json:"calendarType,omitempty"`

	CalendarTypeMetadata *SettingsMetadata `json:"calendarTypeMetadata,omitempty"`

	CultureName string `json:"cultureName,omitempty"`

	CultureNameMetadata *SettingsMetadata `json:"cultureNameMetadata,omitempty"`

	CurrencyCode string `json:"currencyCode,omitempty"`

	CurrencyCodeMetadata *SettingsMetadata `json:"currencyCodeMetadata,omitempty"`

	CurrencyNegativeFormat string `json:"currencyNegativeFormat,omitempty"`

	CurrencyNegativeFormatMetadata *SettingsMetadata `json:"currencyNegativeFormatMetadata,omitempty"`

	CurrencyPositiveFormat string `json:"currencyPositiveFormat,omitempty"`

	CurrencyPositiveFormatMetadata *SettingsMetadata `json:"currencyPositiveFormatMetadata,omitempty"`

	CustomDateFormat string `json:"customDateFormat,omitempty"`

	CustomSignDateFormat string `json:"customSignDateFormat,omitempty"`

	CustomSignTimeFormat string `json:"customSignTimeFormat,omitempty"`

	CustomTimeFormat string `json:"customTimeFormat,omitempty"`

	DateFormat string `json:"dateFormat,omitempty"`

	DateFormatMetadata *SettingsMetadata `json:"dateFormatMetadata,omitempty"`

	EffectiveAddressFormat string `json:"effectiveAddressFormat,omitempty"`

	EffectiveCalendarType string `json:"effectiveCalendarType,omitempty"`

	EffectiveCurrencyCode string `json:"effectiveCurrencyCode,omitempty"`

	EffectiveCurrencyNegativeFormat string `json:"effectiveCurrencyNegativeFormat,omitempty"`

	EffectiveCurrencyPositiveFormat string `json:"effectiveCurrencyPositiveFormat,omitempty"`

	EffectiveCustomDateFormat string `json:"effectiveCustomDateFormat,omitempty"`

	EffectiveCustomTimeFormat string `json:"effectiveCustomTimeFormat,omitempty"`

	EffectiveDateFormat string `json:"effectiveDateFormat,omitempty"`

	EffectiveInitialFormat string `json:"effectiveInitialFormat,omitempty"`

	EffectiveNameFormat string `json:"effectiveNameFormat,omitempty"`

	EffectiveTimeFormat string `json:"effectiveTimeFormat,omitempty"`

	EffectiveTimeZone string `json:"effectiveTimeZone,omitempty"`

	InitialFormat string `json:"initialFormat,omitempty"`

	InitialFormatMetadata *SettingsMetadata `json:"initialFormatMetadata,omitempty"`

	NameFormat string `json:"nameFormat,omitempty"`

	NameFormatMetadata *SettingsMetadata `json:"nameFormatMetadata,omitempty"`

	SignDateFormat string `json:"signDateFormat,omitempty"`

	SignDateFormatMetadata *SettingsMetadata `json:"signDateFormatMetadata,omitempty"`

	SignTimeFormat string `json:"signTimeFormat,omitempty"`

	SignTimeFormatMetadata *SettingsMetadata `json:"signTimeFormatMetadata,omitempty"`

	TimeFormat string `json:"timeFormat,omitempty"`

	TimeFormatMetadata *SettingsMetadata `json:"timeFormatMetadata,omitempty"`

	TimeZone string `json:"timeZone,omitempty"`

	TimeZoneMetadata *SettingsMetadata `json:"timeZoneMetadata,omitempty"`
}

type LocalePolicyTab struct {
	AddressFormat string `json:"addressFormat,omitempty"`

	CalendarType string `json:"calendarType,omitempty"`

	CultureName string `json:"cultureName,omitempty"`

	CurrencyNegativeFormat string `json:"currencyNegativeFormat,omitempty"`

	CurrencyPositiveFormat string `json:"currencyPositiveFormat,omitempty"`

	CustomDateFormat string `json:"customDateFormat,omitempty"`

	CustomTimeFormat string `json:"customTimeFormat,omitempty"`

	DateFormat string `json:"dateFormat,omitempty"`

	InitialFormat string `json:"initialFormat,omitempty"`

	NameFormat string `json:"nameFormat,omitempty"`

	TimeFormat string `json:"timeFormat,omitempty"`

	TimeZone string `json:"timeZone,omitempty"`
}

// LockInformation template locks
type LockInformation struct {
	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	LockDurationInSeconds string `json:"lockDurationInSeconds,omitempty"`

	LockToken string `json:"lockToken,omitempty"`

	LockType string `json:"lockType,omitempty"`

	LockedByApp string `json:"lockedByApp,omitempty"`

	LockedByUser *UserInfo `json:"lockedByUser,omitempty"`

	LockedUntilDateTime *time.Time `json:"lockedUntilDateTime,omitempty"`

	UseScratchPad string `json:"useScratchPad,omitempty"`
}

type MatchBox struct {
	Height string `json:"height,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	Width string `json:"width,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	YPosition string `json:"yPosition,omitempty"`
}

// MergeField contains information for transfering values between Salesforce data fields and DocuSign Tabs.
type MergeField struct {
	AllowSenderToEdit DSBool `json:"allowSenderToEdit,omitempty"`

	AllowSenderToEditMetadata *PropertyMetadata `json:"allowSenderToEditMetadata,omitempty"`

	ConfigurationType string `json:"configurationType,omitempty"`

	ConfigurationTypeMetadata *PropertyMetadata `json:"configurationTypeMetadata,omitempty"`

	Path string `json:"path,omitempty"`

	PathExtended []PathExtendedElement `json:"pathExtended,omitempty"`

	PathExtendedMetadata *PropertyMetadata `json:"pathExtendedMetadata,omitempty"`

	PathMetadata *PropertyMetadata `json:"pathMetadata,omitempty"`

	Row string `json:"row,omitempty"`

	RowMetadata *PropertyMetadata `json:"rowMetadata,omitempty"`

	WriteBack string `json:"writeBack,omitempty"`

	WriteBackMetadata *PropertyMetadata `json:"writeBackMetadata,omitempty"`
}

// Money describes information
// about the `total` of a payment.
type Money struct {
	AmountInBaseUnit string `json:"amountInBaseUnit,omitempty"`

	Currency string `json:"currency,omitempty"`

	DisplayAmount string `json:"displayAmount,omitempty"`
}

type NameValue struct {
	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Name string `json:"name,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	Value string `json:"value,omitempty"`
}

// Notarize is a tab that alerts notary recipients that
// they must take action on the page.
// Only one notarize tab can appear on a page.
type Notarize struct {
	TabBase
	TabGuidedForm

	AnchorCaseSensitive string `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent string `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord string `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	CustomTabID string `json:"customTabId,omitempty"`

	CustomTabIDMetadata *PropertyMetadata `json:"customTabIdMetadata,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MergeField *MergeField `json:"mergeField,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

// NotaryHost this object is used only when `inPersonSigningType` in the `inPersonSigner` object is `notary`.
//
// It describes information about the notary host.
// The following information is required
// when using the eNotary in-person signing flow:
//
// * `name`: Specifies the notary's full legal name.
// * `email`: Specifies the notary's email address.
// * `recipientId`: A unique ID number for the notary signing host.
type NotaryHost struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	HostRecipientID string `json:"hostRecipientId,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// Note is a tab that displays additional information, in the form of a
// note, for the recipient.
type Note struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Notification is a complex element that specifies the notification settings for the envelope.
type Notification struct {
	Expirations *Expirations `json:"expirations,omitempty"`

	Reminders *Reminders `json:"reminders,omitempty"`

	UseAccountDefaults DSBool `json:"useAccountDefaults,omitempty"`
}

// Number is a tab that allows the recipient to enter numbers and decimal
// (.) points.
type Number struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Formula string `json:"formula,omitempty"`

	FormulaMetadata *PropertyMetadata `json:"formulaMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	IsPaymentAmount DSBool `json:"isPaymentAmount,omitempty"`

	IsPaymentAmountMetadata *PropertyMetadata `json:"isPaymentAmountMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Page description of a page of a document.
type Page struct {
	Dpi string `json:"dpi,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Height string `json:"height,omitempty"`

	ImageBytes string `json:"imageBytes,omitempty"`

	MimeType string `json:"mimeType,omitempty"`

	PageID string `json:"pageId,omitempty"`

	Sequence string `json:"sequence,omitempty"`

	Width string `json:"width,omitempty"`
}

type PageSize struct {
	PageHeight string `json:"pageHeight,omitempty"`

	PageWidth string `json:"pageWidth,omitempty"`
}

type PathExtendedElement struct {
	Name string `json:"name,omitempty"`

	Type string `json:"type,omitempty"`

	TypeName string `json:"typeName,omitempty"`
}

// PaymentDetails when a formula tab
// has a `paymentDetails` property,
// the formula tab
// is a payment item.
// See [Requesting Payments Along with Signatures][paymentguide]
// in the DocuSign Support Center
// to learn more about payments.
//
// [paymentguide]: https://support.docusign.com/en/guides/requesting-payments-along-with-signatures
type PaymentDetails struct {
	AllowedPaymentMethods []string `json:"allowedPaymentMethods,omitempty"`

	ChargeID string `json:"chargeId,omitempty"`

	CurrencyCode string `json:"currencyCode,omitempty"`

	CurrencyCodeMetadata *PropertyMetadata `json:"currencyCodeMetadata,omitempty"`

	GatewayAccountID string `json:"gatewayAccountId,omitempty"`

	GatewayAccountIDMetadata *PropertyMetadata `json:"gatewayAccountIdMetadata,omitempty"`

	GatewayDisplayName string `json:"gatewayDisplayName,omitempty"`

	GatewayName string `json:"gatewayName,omitempty"`

	LineItems []PaymentLineItem `json:"lineItems,omitempty"`

	PaymentOption string `json:"paymentOption,omitempty"`

	Status string `json:"status,omitempty"`

	Total *Money `json:"total,omitempty"`
}

// PaymentLineItem is a line item describes details
// about an individual line item
// in a payment request.
type PaymentLineItem struct {
	AmountReference string `json:"amountReference,omitempty"`

	Description string `json:"description,omitempty"`

	ItemCode string `json:"itemCode,omitempty"`

	Name string `json:"name,omitempty"`
}

type PolyLine struct {
	X1 string `json:"x1,omitempty"`

	X2 string `json:"x2,omitempty"`

	Y1 string `json:"y1,omitempty"`

	Y2 string `json:"y2,omitempty"`
}

// PolyLineOverlay this tab enables users to strike through the text of a document. The tab is implemented as a line represented as a pair of x and y coordinates.
type PolyLineOverlay struct {
	TabBase
	TabGuidedForm

	AnchorCaseSensitive string `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent string `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord string `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	CustomTabID string `json:"customTabId,omitempty"`

	CustomTabIDMetadata *PropertyMetadata `json:"customTabIdMetadata,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	GraphicsContext *GraphicsContext `json:"graphicsContext,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Locked string `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MergeField *MergeField `json:"mergeField,omitempty"`

	OverlayType string `json:"overlayType,omitempty"`

	OverlayTypeMetadata *PropertyMetadata `json:"overlayTypeMetadata,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	PolyLines []PolyLine `json:"polyLines,omitempty"`

	Shared string `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabLabel string `json:"tabLabel,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

type PowerForm struct {
	CreatedBy string `json:"createdBy,omitempty"`

	CreatedDateTime *time.Time `json:"createdDateTime,omitempty"`

	EmailBody string `json:"emailBody,omitempty"`

	EmailSubject string `json:"emailSubject,omitempty"`

	Envelopes []Envelope `json:"envelopes,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Instructions string `json:"instructions,omitempty"`

	IsActive DSBool `json:"isActive,omitempty"`

	LastUsed string `json:"lastUsed,omitempty"`

	LimitUseInterval string `json:"limitUseInterval,omitempty"`

	LimitUseIntervalEnabled string `json:"limitUseIntervalEnabled,omitempty"`

	LimitUseIntervalUnits string `json:"limitUseIntervalUnits,omitempty"`

	MaxUseEnabled string `json:"maxUseEnabled,omitempty"`

	Name string `json:"name,omitempty"`

	PowerFormID string `json:"powerFormId,omitempty"`

	PowerFormURL string `json:"powerFormUrl,omitempty"`

	Recipients []PowerFormRecipient `json:"recipients,omitempty"`

	SenderName string `json:"senderName,omitempty"`

	SenderUserID string `json:"senderUserId,omitempty"`

	SigningMode string `json:"signingMode,omitempty"`

	TemplateID string `json:"templateId,omitempty"`

	TemplateName string `json:"templateName,omitempty"`

	TimesUsed string `json:"timesUsed,omitempty"`

	URI string `json:"uri,omitempty"`

	UsesRemaining string `json:"usesRemaining,omitempty"`
}

// PowerFormRecipient **Note**: For a self-service PowerForm on a website, you can specify the intended recipients generically (for example, use `Member` as the `Name`), and omit personal details such as `email`.
type PowerFormRecipient struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeLocked string `json:"accessCodeLocked,omitempty"`

	AccessCodeRequired string `json:"accessCodeRequired,omitempty"`

	Email string `json:"email,omitempty"`

	EmailLocked string `json:"emailLocked,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckRequired string `json:"idCheckRequired,omitempty"`

	Name string `json:"name,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	TemplateRequiresIDLookup string `json:"templateRequiresIdLookup,omitempty"`

	UserNameLocked string `json:"userNameLocked,omitempty"`
}

// PropertyMetadata metadata about a property.
type PropertyMetadata struct {
	Options []string `json:"options,omitempty"`

	Rights string `json:"rights,omitempty"`
}

type Province struct {
	IsoCode string `json:"isoCode,omitempty"`

	Name string `json:"name,omitempty"`
}

// Radio one of the selectable radio buttons
// in the `radios` property
// of a [`radioGroup`](https://developers.docusign.com/esign-rest-api/reference/Envelopes/EnvelopeRecipientTabs/create/#/definitions/radioGroup) tab.
type Radio struct {
	AnchorCaseSensitive DSBool `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent DSBool `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord DSBool `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	Selected DSBool `json:"selected,omitempty"`

	SelectedMetadata *PropertyMetadata `json:"selectedMetadata,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Value string `json:"value,omitempty"`

	ValueMetadata *PropertyMetadata `json:"valueMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

// RadioGroup this group tab is used to place radio buttons on a document.
// The `radios` property
// contains a list of
// [`radio`](https://developers.docusign.com/esign-rest-api/reference/Envelopes/EnvelopeRecipientTabs/create/#/definitions/radio)
// objects  associated with the group. Only one radio button can
// be selected in a group.
type RadioGroup struct {
	TabBase

	GroupName string `json:"groupName,omitempty"`

	GroupNameMetadata *PropertyMetadata `json:"groupNameMetadata,omitempty"`

	Radios []Radio `json:"radios,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	TooltipMetadata *PropertyMetadata `json:"tooltipMetadata,omitempty"`
}

type RecipientAttachment struct {
	AttachmentID string `json:"attachmentId,omitempty"`

	AttachmentType string `json:"attachmentType,omitempty"`

	Data []byte `json:"data,omitempty"`

	Label string `json:"label,omitempty"`

	Name string `json:"name,omitempty"`

	RemoteURL string `json:"remoteUrl,omitempty"`
}

type RecipientEmailNotification struct {
	EmailBody string `json:"emailBody,omitempty"`

	EmailBodyMetadata *PropertyMetadata `json:"emailBodyMetadata,omitempty"`

	EmailSubject string `json:"emailSubject,omitempty"`

	EmailSubjectMetadata *PropertyMetadata `json:"emailSubjectMetadata,omitempty"`

	SupportedLanguage string `json:"supportedLanguage,omitempty"`

	SupportedLanguageMetadata *PropertyMetadata `json:"supportedLanguageMetadata,omitempty"`
}

type RecipientEvent struct {
	IncludeDocuments string `json:"includeDocuments,omitempty"`

	RecipientEventStatusCode string `json:"recipientEventStatusCode,omitempty"`
}

// RecipientIdentityVerification specifies ID Verification applied on an envelope by workflow ID. See the [list](https://developers.docusign.com/esign-rest-api/reference/Accounts/IdentityVerifications/list) method in the [IdentityVerifications](https://developers.docusign.com/esign-rest-api/reference/Accounts/IdentityVerifications) resource for more information on how to retrieve workflow IDs available for an account. This can be used in addition to other [recipient authentication](https://support.docusign.com/en/guides/ndse-user-guide-recipient-authentication) methods.
type RecipientIdentityVerification struct {
	WorkflowID string `json:"workflowId,omitempty"`
}

// RecipientPhoneAuthentication is a complex type that contains the elements:
//
// * `recipMayProvideNumber` - A Boolean value that specifies whether the recipient can use the phone number of their choice.
// * `senderProvidedNumbers` - A list of phone numbers that the recipient can use.
// * `recordVoicePrint` - Reserved for DocuSign.
// * `validateRecipProvidedNumber` - Reserved for DocuSign.
type RecipientPhoneAuthentication struct {
	RecipMayProvideNumber DSBool `json:"recipMayProvideNumber,omitempty"`

	RecipMayProvideNumberMetadata *PropertyMetadata `json:"recipMayProvideNumberMetadata,omitempty"`

	RecordVoicePrint string `json:"recordVoicePrint,omitempty"`

	RecordVoicePrintMetadata *PropertyMetadata `json:"recordVoicePrintMetadata,omitempty"`

	SenderProvidedNumbers []string `json:"senderProvidedNumbers,omitempty"`

	SenderProvidedNumbersMetadata *PropertyMetadata `json:"senderProvidedNumbersMetadata,omitempty"`

	ValidateRecipProvidedNumber string `json:"validateRecipProvidedNumber,omitempty"`

	ValidateRecipProvidedNumberMetadata *PropertyMetadata `json:"validateRecipProvidedNumberMetadata,omitempty"`
}

// RecipientSMSAuthentication contains the element senderProvidedNumbers which is an Array  of phone numbers the recipient can use for SMS text authentication.
type RecipientSMSAuthentication struct {
	SenderProvidedNumbers []string `json:"senderProvidedNumbers,omitempty"`

	SenderProvidedNumbersMetadata *PropertyMetadata `json:"senderProvidedNumbersMetadata,omitempty"`
}

// RecipientSignatureInformation allows the sender to pre-specify the signature name, signature initials and signature font used in the signature stamp for the recipient.
//
// Used only with recipient types In Person Signers and Signers.
type RecipientSignatureInformation struct {
	FontStyle string `json:"fontStyle,omitempty"`

	SignatureInitials string `json:"signatureInitials,omitempty"`

	SignatureName string `json:"signatureName,omitempty"`
}

// RecipientSignatureProvider is an Electronic or Standards Based Signature (digital signature) provider for the signer to use. [More information](https://developers.docusign.com/esign-rest-api/guides/standards-based-signatures).
type RecipientSignatureProvider struct {
	SealDocumentsWithTabsOnly DSBool `json:"sealDocumentsWithTabsOnly,omitempty"`

	SealName string `json:"sealName,omitempty"`

	SignatureProviderName string `json:"signatureProviderName,omitempty"`

	SignatureProviderNameMetadata *PropertyMetadata `json:"signatureProviderNameMetadata,omitempty"`

	SignatureProviderOptions *RecipientSignatureProviderOptions `json:"signatureProviderOptions,omitempty"`
}

// RecipientSignatureProviderOptions option settings for the signature provider. Different providers require or use different options. [The current provider list and the options they require.](https://developers.docusign.com/esign-rest-api/guides/standards-based-signatures)
type RecipientSignatureProviderOptions struct {
	CpfNumber string `json:"cpfNumber,omitempty"`

	CpfNumberMetadata *PropertyMetadata `json:"cpfNumberMetadata,omitempty"`

	OneTimePassword string `json:"oneTimePassword,omitempty"`

	OneTimePasswordMetadata *PropertyMetadata `json:"oneTimePasswordMetadata,omitempty"`

	SignerRole string `json:"signerRole,omitempty"`

	SignerRoleMetadata *PropertyMetadata `json:"signerRoleMetadata,omitempty"`

	Sms string `json:"sms,omitempty"`

	SmsMetadata *PropertyMetadata `json:"smsMetadata,omitempty"`
}

// Recipients envelope recipients
type Recipients struct {
	Agents []Agent `json:"agents,omitempty"`

	CarbonCopies []CarbonCopy `json:"carbonCopies,omitempty"`

	CertifiedDeliveries []CertifiedDelivery `json:"certifiedDeliveries,omitempty"`

	CurrentRoutingOrder string `json:"currentRoutingOrder,omitempty"`

	Editors []Editor `json:"editors,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	InPersonSigners []InPersonSigner `json:"inPersonSigners,omitempty"`

	Intermediaries []Intermediary `json:"intermediaries,omitempty"`

	RecipientCount string `json:"recipientCount,omitempty"`

	Seals []SealSign `json:"seals,omitempty"`

	Signers []Signer `json:"signers,omitempty"`

	Witnesses []Witness `json:"witnesses,omitempty"`
}

// Reminders is a complex element that specifies reminder settings for the envelope.
type Reminders struct {
	ReminderDelay string `json:"reminderDelay,omitempty"`

	ReminderEnabled DSBool `json:"reminderEnabled,omitempty"`

	ReminderFrequency string `json:"reminderFrequency,omitempty"`
}

// SealSign specifies one or more electronic seals to apply on documents.
//
// ```json
//
//	"recipients": {
//	      "seals": [
//	        {
//	          "recipientId": "1",
//	          "routingOrder" : 1,
//	          "recipientSignatureProviders": [
//	            {
//	              "sealName": "52e9d968-13be-42ca-a6fe-4682bc45c106"
//	            }
//	      	]
//	    	}
//	  	]
//		},
//
// ```
// For more information on Electronic Seals , see https://support.docusign.com/en/guides/ndse-user-guide-apply-electronic-seals
type SealSign struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime string `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DeliveredDateTime string `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	InheritEmailNotificationConfiguration string `json:"inheritEmailNotificationConfiguration,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication *RecipientPhoneAuthentication `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientSignatureProviders []RecipientSignatureProvider `json:"recipientSignatureProviders,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup string `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime string `json:"sentDateTime,omitempty"`

	SignedDateTime string `json:"signedDateTime,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

type Sender struct {
	AccountIDGUID string `json:"accountIdGuid,omitempty"`

	CompanyName string `json:"companyName,omitempty"`
}

type ServerTemplate struct {
	Sequence string `json:"sequence,omitempty"`

	TemplateID string `json:"templateId,omitempty"`
}

// SettingsMetadata metadata that indicates whether a property is editable and describes setting-specific options.
type SettingsMetadata struct {
	Is21CFRPart11 DSBool `json:"is21CFRPart11,omitempty"`

	Options []string `json:"options,omitempty"`

	Rights string `json:"rights,omitempty"`

	UIHint string `json:"uiHint,omitempty"`

	UIOrder string `json:"uiOrder,omitempty"`

	UIType string `json:"uiType,omitempty"`
}

// SignHere is a tab that allows the recipient to sign a document. May be
// optional.
type SignHere struct {
	TabBase
	TabGuidedForm
	TabPosition

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	IsSealSignTab string `json:"isSealSignTab,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Optional DSBool `json:"optional,omitempty"`

	OptionalMetadata *PropertyMetadata `json:"optionalMetadata,omitempty"`

	ScaleValue string `json:"scaleValue,omitempty"`

	ScaleValueMetadata *PropertyMetadata `json:"scaleValueMetadata,omitempty"`

	StampType string `json:"stampType,omitempty"`

	StampTypeMetadata *PropertyMetadata `json:"stampTypeMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type SignatureType struct {
	IsDefault DSBool `json:"isDefault,omitempty"`

	Type string `json:"type,omitempty"`
}

// Signer is a complex type containing information about the signer recipient.
type Signer struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	AgentCanEditEmail DSBool `json:"agentCanEditEmail,omitempty"`

	AgentCanEditName DSBool `json:"agentCanEditName,omitempty"`

	AutoNavigation string `json:"autoNavigation,omitempty"`

	BulkRecipientsURI string `json:"bulkRecipientsUri,omitempty"`

	CanSignOffline DSBool `json:"canSignOffline,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CreationReason string `json:"creationReason,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime *time.Time `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DefaultRecipient DSBool `json:"defaultRecipient,omitempty"`

	DeliveredDateTime *time.Time `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments DSBool `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	IdentityVerification *RecipientIdentityVerification `json:"identityVerification,omitempty"`

	InheritEmailNotificationConfiguration DSBool `json:"inheritEmailNotificationConfiguration,omitempty"`

	IsBulkRecipient DSBool `json:"isBulkRecipient,omitempty"`

	IsBulkRecipientMetadata *PropertyMetadata `json:"isBulkRecipientMetadata,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	PhoneAuthentication DSBool `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientSignatureProviders []RecipientSignatureProvider `json:"recipientSignatureProviders,omitempty"`

	RecipientSuppliesTabs string `json:"recipientSuppliesTabs,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup DSBool `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RequireSignOnPaper DSBool `json:"requireSignOnPaper,omitempty"`

	RequireSignerCertificate string `json:"requireSignerCertificate,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime *time.Time `json:"sentDateTime,omitempty"`

	SignInEachLocation DSBool `json:"signInEachLocation,omitempty"`

	SignInEachLocationMetadata *PropertyMetadata `json:"signInEachLocationMetadata,omitempty"`

	SignatureInfo *RecipientSignatureInformation `json:"signatureInfo,omitempty"`

	SignedDateTime *time.Time `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked DSBool `json:"templateLocked,omitempty"`

	TemplateRequired DSBool `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`
}

// SignerAttachment is a tab that allows the recipient to attach supporting
// documents to an envelope.
type SignerAttachment struct {
	TabBase
	TabGuidedForm
	TabPosition

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Optional DSBool `json:"optional,omitempty"`

	OptionalMetadata *PropertyMetadata `json:"optionalMetadata,omitempty"`

	ScaleValue string `json:"scaleValue,omitempty"`

	ScaleValueMetadata *PropertyMetadata `json:"scaleValueMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type SigningGroupUser struct {
	Email string `json:"email,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	UserName string `json:"userName,omitempty"`
}

// SigningGroupUsers signing groups' users
type SigningGroupUsers struct {
	Users []SigningGroupUser `json:"users,omitempty"`
}

type SmartSection struct {
	TabBase
	TabGuidedForm

	AnchorCaseSensitive string `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent string `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord string `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	CaseSensitive bool `json:"caseSensitive,omitempty"`

	CustomTabID string `json:"customTabId,omitempty"`

	CustomTabIDMetadata *PropertyMetadata `json:"customTabIdMetadata,omitempty"`

	DisplaySettings *SmartSectionDisplaySettings `json:"displaySettings,omitempty"`

	EndAnchor string `json:"endAnchor,omitempty"`

	EndPosition *SmartSectionAnchorPosition `json:"endPosition,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Locked string `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MergeField *MergeField `json:"mergeField,omitempty"`

	OverlayType string `json:"overlayType,omitempty"`

	OverlayTypeMetadata *PropertyMetadata `json:"overlayTypeMetadata,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	RemoveEndAnchor bool `json:"removeEndAnchor,omitempty"`

	RemoveStartAnchor bool `json:"removeStartAnchor,omitempty"`

	Shared string `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	StartAnchor string `json:"startAnchor,omitempty"`

	StartPosition *SmartSectionAnchorPosition `json:"startPosition,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabLabel string `json:"tabLabel,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

type SmartSectionAnchorPosition struct {
	PageNumber int32 `json:"pageNumber,omitempty"`

	XPosition float64 `json:"xPosition,omitempty"`

	YPosition float64 `json:"yPosition,omitempty"`
}

type SmartSectionCollapsibleDisplaySettings struct {
	ArrowClosed string `json:"arrowClosed,omitempty"`

	ArrowColor string `json:"arrowColor,omitempty"`

	ArrowLocation string `json:"arrowLocation,omitempty"`

	ArrowOpen string `json:"arrowOpen,omitempty"`

	ArrowSize string `json:"arrowSize,omitempty"`

	ArrowStyle string `json:"arrowStyle,omitempty"`

	ContainerStyle string `json:"containerStyle,omitempty"`

	LabelStyle string `json:"labelStyle,omitempty"`

	OnlyArrowIsClickable bool `json:"onlyArrowIsClickable,omitempty"`

	OuterLabelAndArrowStyle string `json:"outerLabelAndArrowStyle,omitempty"`
}

// SmartSectionDisplaySettings these properties define how a Smart Section displays. A Smart Section is a type of display section.
type SmartSectionDisplaySettings struct {
	CellStyle string `json:"cellStyle,omitempty"`

	CollapsibleSettings *SmartSectionCollapsibleDisplaySettings `json:"collapsibleSettings,omitempty"`

	Display string `json:"display,omitempty"`

	DisplayLabel string `json:"displayLabel,omitempty"`

	DisplayOrder int32 `json:"displayOrder,omitempty"`

	DisplayPageNumber int32 `json:"displayPageNumber,omitempty"`

	HideLabelWhenOpened bool `json:"hideLabelWhenOpened,omitempty"`

	InlineOuterStyle string `json:"inlineOuterStyle,omitempty"`

	LabelWhenOpened string `json:"labelWhenOpened,omitempty"`

	ScrollToTopWhenOpened bool `json:"scrollToTopWhenOpened,omitempty"`

	TableStyle string `json:"tableStyle,omitempty"`
}

type SocialAuthentication struct {
	Authentication string `json:"authentication,omitempty"`
}

// SSN is a one-line field that allows the recipient to enter a Social
// Security Number. The SSN can be typed with or without
// dashes. It uses the same parameters as a Text tab, with the
// validation message and pattern set for SSN information.
type SSN struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type Ssn4InformationInput struct {
	DisplayLevelCode string `json:"displayLevelCode,omitempty"`

	ReceiveInResponse DSBool `json:"receiveInResponse,omitempty"`

	Ssn4 string `json:"ssn4,omitempty"`
}

type Ssn9InformationInput struct {
	DisplayLevelCode string `json:"displayLevelCode,omitempty"`

	Ssn9 string `json:"ssn9,omitempty"`
}

type TabGroup struct {
	TabBase
	TabGuidedForm

	AnchorCaseSensitive string `json:"anchorCaseSensitive,omitempty"`

	AnchorCaseSensitiveMetadata *PropertyMetadata `json:"anchorCaseSensitiveMetadata,omitempty"`

	AnchorHorizontalAlignment string `json:"anchorHorizontalAlignment,omitempty"`

	AnchorHorizontalAlignmentMetadata *PropertyMetadata `json:"anchorHorizontalAlignmentMetadata,omitempty"`

	AnchorIgnoreIfNotPresent string `json:"anchorIgnoreIfNotPresent,omitempty"`

	AnchorIgnoreIfNotPresentMetadata *PropertyMetadata `json:"anchorIgnoreIfNotPresentMetadata,omitempty"`

	AnchorMatchWholeWord string `json:"anchorMatchWholeWord,omitempty"`

	AnchorMatchWholeWordMetadata *PropertyMetadata `json:"anchorMatchWholeWordMetadata,omitempty"`

	AnchorString string `json:"anchorString,omitempty"`

	AnchorStringMetadata *PropertyMetadata `json:"anchorStringMetadata,omitempty"`

	AnchorTabProcessorVersion string `json:"anchorTabProcessorVersion,omitempty"`

	AnchorTabProcessorVersionMetadata *PropertyMetadata `json:"anchorTabProcessorVersionMetadata,omitempty"`

	AnchorUnits string `json:"anchorUnits,omitempty"`

	AnchorUnitsMetadata *PropertyMetadata `json:"anchorUnitsMetadata,omitempty"`

	AnchorXOffset string `json:"anchorXOffset,omitempty"`

	AnchorXOffsetMetadata *PropertyMetadata `json:"anchorXOffsetMetadata,omitempty"`

	AnchorYOffset string `json:"anchorYOffset,omitempty"`

	AnchorYOffsetMetadata *PropertyMetadata `json:"anchorYOffsetMetadata,omitempty"`

	CustomTabID string `json:"customTabId,omitempty"`

	CustomTabIDMetadata *PropertyMetadata `json:"customTabIdMetadata,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	GroupLabel string `json:"groupLabel,omitempty"`

	GroupLabelMetadata *PropertyMetadata `json:"groupLabelMetadata,omitempty"`

	GroupRule string `json:"groupRule,omitempty"`

	GroupRuleMetadata *PropertyMetadata `json:"groupRuleMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	MaximumAllowed string `json:"maximumAllowed,omitempty"`

	MaximumAllowedMetadata *PropertyMetadata `json:"maximumAllowedMetadata,omitempty"`

	MergeField *MergeField `json:"mergeField,omitempty"`

	MinimumRequired string `json:"minimumRequired,omitempty"`

	MinimumRequiredMetadata *PropertyMetadata `json:"minimumRequiredMetadata,omitempty"`

	PageNumber string `json:"pageNumber,omitempty"`

	PageNumberMetadata *PropertyMetadata `json:"pageNumberMetadata,omitempty"`

	Status string `json:"status,omitempty"`

	StatusMetadata *PropertyMetadata `json:"statusMetadata,omitempty"`

	TabID string `json:"tabId,omitempty"`

	TabIDMetadata *PropertyMetadata `json:"tabIdMetadata,omitempty"`

	TabOrder string `json:"tabOrder,omitempty"`

	TabOrderMetadata *PropertyMetadata `json:"tabOrderMetadata,omitempty"`

	TabScope string `json:"tabScope,omitempty"`

	TabScopeMetadata *PropertyMetadata `json:"tabScopeMetadata,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateLockedMetadata *PropertyMetadata `json:"templateLockedMetadata,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TemplateRequiredMetadata *PropertyMetadata `json:"templateRequiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`

	XPosition string `json:"xPosition,omitempty"`

	XPositionMetadata *PropertyMetadata `json:"xPositionMetadata,omitempty"`

	YPosition string `json:"yPosition,omitempty"`

	YPositionMetadata *PropertyMetadata `json:"yPositionMetadata,omitempty"`
}

type Tabs struct {
	ApproveTabs []Approve `json:"approveTabs,omitempty"`

	CheckboxTabs []Checkbox `json:"checkboxTabs,omitempty"`

	CommentThreadTabs []CommentThread `json:"commentThreadTabs,omitempty"`

	CompanyTabs []Company `json:"companyTabs,omitempty"`

	DateSignedTabs []DateSigned `json:"dateSignedTabs,omitempty"`

	DateTabs []Date `json:"dateTabs,omitempty"`

	DeclineTabs []Decline `json:"declineTabs,omitempty"`

	EmailAddressTabs []EmailAddress `json:"emailAddressTabs,omitempty"`

	EmailTabs []Email `json:"emailTabs,omitempty"`

	EnvelopeIDTabs []EnvelopeID `json:"envelopeIdTabs,omitempty"`

	FirstNameTabs []FirstName `json:"firstNameTabs,omitempty"`

	FormulaTabs []FormulaTab `json:"formulaTabs,omitempty"`

	FullNameTabs []FullName `json:"fullNameTabs,omitempty"`

	InitialHereTabs []InitialHere `json:"initialHereTabs,omitempty"`

	LastNameTabs []LastName `json:"lastNameTabs,omitempty"`

	ListTabs []List `json:"listTabs,omitempty"`

	NotarizeTabs []Notarize `json:"notarizeTabs,omitempty"`

	NoteTabs []Note `json:"noteTabs,omitempty"`

	NumberTabs []Number `json:"numberTabs,omitempty"`

	PolyLineOverlayTabs []PolyLineOverlay `json:"polyLineOverlayTabs,omitempty"`

	RadioGroupTabs []RadioGroup `json:"radioGroupTabs,omitempty"`

	SignHereTabs []SignHere `json:"signHereTabs,omitempty"`

	SignerAttachmentTabs []SignerAttachment `json:"signerAttachmentTabs,omitempty"`

	SmartSectionTabs []SmartSection `json:"smartSectionTabs,omitempty"`

	SSNTabs []SSN `json:"ssnTabs,omitempty"`

	TabGroups []TabGroup `json:"tabGroups,omitempty"`

	TextTabs []Text `json:"textTabs,omitempty"`

	TitleTabs []Title `json:"titleTabs,omitempty"`

	ViewTabs []View `json:"viewTabs,omitempty"`

	ZipTabs []Zip `json:"zipTabs,omitempty"`
}

type TemplateRole struct {
	AccessCode string `json:"accessCode,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	DefaultRecipient DSBool `json:"defaultRecipient,omitempty"`

	Email string `json:"email,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	InPersonSignerName string `json:"inPersonSignerName,omitempty"`

	Name string `json:"name,omitempty"`

	RecipientSignatureProviders []RecipientSignatureProvider `json:"recipientSignatureProviders,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`
}

// Text is a tab that allows the recipient to enter any type of text.
type Text struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Formula string `json:"formula,omitempty"`

	FormulaMetadata *PropertyMetadata `json:"formulaMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	IsPaymentAmount DSBool `json:"isPaymentAmount,omitempty"`

	IsPaymentAmountMetadata *PropertyMetadata `json:"isPaymentAmountMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type TextCustomField struct {
	ConfigurationType string `json:"configurationType,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	FieldID string `json:"fieldId,omitempty"`

	Name string `json:"name,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	Show DSBool `json:"show,omitempty"`

	Value string `json:"value,omitempty"`
}

// Title is a tab that displays the recipient's title.
type Title struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

type UserInfo struct {
	AccountID string `json:"accountId,omitempty"`

	AccountName string `json:"accountName,omitempty"`

	ActivationAccessCode string `json:"activationAccessCode,omitempty"`

	Email string `json:"email,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	LoginStatus string `json:"loginStatus,omitempty"`

	MembershipID string `json:"membershipId,omitempty"`

	SendActivationEmail string `json:"sendActivationEmail,omitempty"`

	URI string `json:"uri,omitempty"`

	UserID string `json:"userId,omitempty"`

	UserName string `json:"userName,omitempty"`

	UserStatus string `json:"userStatus,omitempty"`

	UserType string `json:"userType,omitempty"`
}

// View this tab is used with the Approve tab to handle supplemental documents.
type View struct {
	TabBase
	TabGuidedForm
	TabPosition

	Bold string `json:"bold,omitempty"`

	BoldMetadata *PropertyMetadata `json:"boldMetadata,omitempty"`

	ButtonText string `json:"buttonText,omitempty"`

	ButtonTextMetadata *PropertyMetadata `json:"buttonTextMetadata,omitempty"`

	Font string `json:"font,omitempty"`

	FontColor string `json:"fontColor,omitempty"`

	FontColorMetadata *PropertyMetadata `json:"fontColorMetadata,omitempty"`

	FontMetadata *PropertyMetadata `json:"fontMetadata,omitempty"`

	FontSize string `json:"fontSize,omitempty"`

	FontSizeMetadata *PropertyMetadata `json:"fontSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	Italic string `json:"italic,omitempty"`

	ItalicMetadata *PropertyMetadata `json:"italicMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	RequiredRead DSBool `json:"requiredRead,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	Underline string `json:"underline,omitempty"`

	UnderlineMetadata *PropertyMetadata `json:"underlineMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}

// Witness is a complex type containing information about a witness signer recipient.
type Witness struct {
	AccessCode string `json:"accessCode,omitempty"`

	AccessCodeMetadata *PropertyMetadata `json:"accessCodeMetadata,omitempty"`

	AddAccessCodeToEmail string `json:"addAccessCodeToEmail,omitempty"`

	AgentCanEditEmail string `json:"agentCanEditEmail,omitempty"`

	AgentCanEditName string `json:"agentCanEditName,omitempty"`

	AutoNavigation string `json:"autoNavigation,omitempty"`

	BulkRecipientsURI string `json:"bulkRecipientsUri,omitempty"`

	CanSignOffline string `json:"canSignOffline,omitempty"`

	ClientUserID string `json:"clientUserId,omitempty"`

	CompletedCount string `json:"completedCount,omitempty"`

	CreationReason string `json:"creationReason,omitempty"`

	CustomFields []string `json:"customFields,omitempty"`

	DeclinedDateTime string `json:"declinedDateTime,omitempty"`

	DeclinedReason string `json:"declinedReason,omitempty"`

	DefaultRecipient string `json:"defaultRecipient,omitempty"`

	DeliveredDateTime string `json:"deliveredDateTime,omitempty"`

	DeliveryMethod string `json:"deliveryMethod,omitempty"`

	DeliveryMethodMetadata *PropertyMetadata `json:"deliveryMethodMetadata,omitempty"`

	DocumentVisibility []DocumentVisibility `json:"documentVisibility,omitempty"`

	Email string `json:"email,omitempty"`

	EmailMetadata *PropertyMetadata `json:"emailMetadata,omitempty"`

	EmailNotification *RecipientEmailNotification `json:"emailNotification,omitempty"`

	EmbeddedRecipientStartURL string `json:"embeddedRecipientStartURL,omitempty"`

	ErrorDetails *ErrorDetails `json:"errorDetails,omitempty"`

	ExcludedDocuments []string `json:"excludedDocuments,omitempty"`

	FaxNumber string `json:"faxNumber,omitempty"`

	FaxNumberMetadata *PropertyMetadata `json:"faxNumberMetadata,omitempty"`

	FirstName string `json:"firstName,omitempty"`

	FirstNameMetadata *PropertyMetadata `json:"firstNameMetadata,omitempty"`

	FullName string `json:"fullName,omitempty"`

	FullNameMetadata *PropertyMetadata `json:"fullNameMetadata,omitempty"`

	IDCheckConfigurationName string `json:"idCheckConfigurationName,omitempty"`

	IDCheckConfigurationNameMetadata *PropertyMetadata `json:"idCheckConfigurationNameMetadata,omitempty"`

	IDCheckInformationInput *IDCheckInformationInput `json:"idCheckInformationInput,omitempty"`

	IdentityVerification *RecipientIdentityVerification `json:"identityVerification,omitempty"`

	InheritEmailNotificationConfiguration string `json:"inheritEmailNotificationConfiguration,omitempty"`

	IsBulkRecipient string `json:"isBulkRecipient,omitempty"`

	IsBulkRecipientMetadata *PropertyMetadata `json:"isBulkRecipientMetadata,omitempty"`

	LastName string `json:"lastName,omitempty"`

	LastNameMetadata *PropertyMetadata `json:"lastNameMetadata,omitempty"`

	LockedRecipientPhoneAuthEditable string `json:"lockedRecipientPhoneAuthEditable,omitempty"`

	LockedRecipientSmsEditable string `json:"lockedRecipientSmsEditable,omitempty"`

	Name string `json:"name,omitempty"`

	NameMetadata *PropertyMetadata `json:"nameMetadata,omitempty"`

	Note string `json:"note,omitempty"`

	NoteMetadata *PropertyMetadata `json:"noteMetadata,omitempty"`

	OfflineAttributes interface{} `json:"offlineAttributes,omitempty"`

	PhoneAuthentication *RecipientPhoneAuthentication `json:"phoneAuthentication,omitempty"`

	RecipientAttachments []RecipientAttachment `json:"recipientAttachments,omitempty"`

	RecipientAuthenticationStatus *AuthenticationStatus `json:"recipientAuthenticationStatus,omitempty"`

	RecipientFeatureMetadata []FeatureAvailableMetadata `json:"recipientFeatureMetadata,omitempty"`

	RecipientID string `json:"recipientId,omitempty"`

	RecipientIDGUID string `json:"recipientIdGuid,omitempty"`

	RecipientSignatureProviders []RecipientSignatureProvider `json:"recipientSignatureProviders,omitempty"`

	RecipientSuppliesTabs string `json:"recipientSuppliesTabs,omitempty"`

	RecipientType string `json:"recipientType,omitempty"`

	RecipientTypeMetadata *PropertyMetadata `json:"recipientTypeMetadata,omitempty"`

	RequireIDLookup string `json:"requireIdLookup,omitempty"`

	RequireIDLookupMetadata *PropertyMetadata `json:"requireIdLookupMetadata,omitempty"`

	RequireSignOnPaper string `json:"requireSignOnPaper,omitempty"`

	RequireSignerCertificate string `json:"requireSignerCertificate,omitempty"`

	RoleName string `json:"roleName,omitempty"`

	RoutingOrder string `json:"routingOrder,omitempty"`

	RoutingOrderMetadata *PropertyMetadata `json:"routingOrderMetadata,omitempty"`

	SentDateTime string `json:"sentDateTime,omitempty"`

	SignInEachLocation string `json:"signInEachLocation,omitempty"`

	SignInEachLocationMetadata *PropertyMetadata `json:"signInEachLocationMetadata,omitempty"`

	SignatureInfo *RecipientSignatureInformation `json:"signatureInfo,omitempty"`

	SignedDateTime string `json:"signedDateTime,omitempty"`

	SigningGroupID string `json:"signingGroupId,omitempty"`

	SigningGroupIDMetadata *PropertyMetadata `json:"signingGroupIdMetadata,omitempty"`

	SigningGroupName string `json:"signingGroupName,omitempty"`

	SigningGroupUsers []UserInfo `json:"signingGroupUsers,omitempty"`

	SmsAuthentication *RecipientSMSAuthentication `json:"smsAuthentication,omitempty"`

	SocialAuthentications []SocialAuthentication `json:"socialAuthentications,omitempty"`

	Status string `json:"status,omitempty"`

	StatusCode string `json:"statusCode,omitempty"`

	Tabs *Tabs `json:"tabs,omitempty"`

	TemplateLocked string `json:"templateLocked,omitempty"`

	TemplateRequired string `json:"templateRequired,omitempty"`

	TotalTabCount string `json:"totalTabCount,omitempty"`

	UserID string `json:"userId,omitempty"`

	WitnessFor string `json:"witnessFor,omitempty"`

	WitnessForGUID string `json:"witnessForGuid,omitempty"`
}

// Zip is a tab that allows the recipient to enter a ZIP code. The ZIP
// code can be five digits or nine digits in the ZIP+4 format.
// The zip code can be typed with or without dashes. It uses
// the same parameters as a Text tab, with the validation
// message and pattern set for ZIP code information.
type Zip struct {
	TabBase
	TabGuidedForm
	TabPosition
	TabStyle
	TabValue

	ConcealValueOnDocument DSBool `json:"concealValueOnDocument,omitempty"`

	ConcealValueOnDocumentMetadata *PropertyMetadata `json:"concealValueOnDocumentMetadata,omitempty"`

	DisableAutoSize DSBool `json:"disableAutoSize,omitempty"`

	DisableAutoSizeMetadata *PropertyMetadata `json:"disableAutoSizeMetadata,omitempty"`

	Height string `json:"height,omitempty"`

	HeightMetadata *PropertyMetadata `json:"heightMetadata,omitempty"`

	LocalePolicy *LocalePolicyTab `json:"localePolicy,omitempty"`

	Locked DSBool `json:"locked,omitempty"`

	LockedMetadata *PropertyMetadata `json:"lockedMetadata,omitempty"`

	MaxLength string `json:"maxLength,omitempty"`

	MaxLengthMetadata *PropertyMetadata `json:"maxLengthMetadata,omitempty"`

	OriginalValue string `json:"originalValue,omitempty"`

	OriginalValueMetadata *PropertyMetadata `json:"originalValueMetadata,omitempty"`

	RequireAll DSBool `json:"requireAll,omitempty"`

	RequireAllMetadata *PropertyMetadata `json:"requireAllMetadata,omitempty"`

	RequireInitialOnSharedChange DSBool `json:"requireInitialOnSharedChange,omitempty"`

	RequireInitialOnSharedChangeMetadata *PropertyMetadata `json:"requireInitialOnSharedChangeMetadata,omitempty"`

	Required TabRequired `json:"required,omitempty"`

	RequiredMetadata *PropertyMetadata `json:"requiredMetadata,omitempty"`

	SenderRequired DSBool `json:"senderRequired,omitempty"`

	SenderRequiredMetadata *PropertyMetadata `json:"senderRequiredMetadata,omitempty"`

	Shared DSBool `json:"shared,omitempty"`

	SharedMetadata *PropertyMetadata `json:"sharedMetadata,omitempty"`

	ToolTipMetadata *PropertyMetadata `json:"toolTipMetadata,omitempty"`

	Tooltip string `json:"tooltip,omitempty"`

	UseDash4 string `json:"useDash4,omitempty"`

	UseDash4Metadata *PropertyMetadata `json:"useDash4Metadata,omitempty"`

	ValidationMessage string `json:"validationMessage,omitempty"`

	ValidationMessageMetadata *PropertyMetadata `json:"validationMessageMetadata,omitempty"`

	ValidationPattern string `json:"validationPattern,omitempty"`

	ValidationPatternMetadata *PropertyMetadata `json:"validationPatternMetadata,omitempty"`

	Width string `json:"width,omitempty"`

	WidthMetadata *PropertyMetadata `json:"widthMetadata,omitempty"`
}
