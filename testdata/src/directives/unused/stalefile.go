//dslint:file-ignore DS104 nothing here to suppress // want `DS002: //dslint:file-ignore DS104 suppresses nothing: remove it`

package unused
