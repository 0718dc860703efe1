// Package envmany uses one demo host constant at forty places, each
// switched with the production host: every use is excused, however many
// there are (a search cut by its step limit must not report instead).
package envmany

const (
	demoAuth = "https://account-d.docusign.com"
	prodAuth = "https://account.docusign.com"
)

// AuthServer0 chooses the auth server of tenant 0.
func AuthServer0(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer1 chooses the auth server of tenant 1.
func AuthServer1(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer2 chooses the auth server of tenant 2.
func AuthServer2(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer3 chooses the auth server of tenant 3.
func AuthServer3(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer4 chooses the auth server of tenant 4.
func AuthServer4(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer5 chooses the auth server of tenant 5.
func AuthServer5(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer6 chooses the auth server of tenant 6.
func AuthServer6(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer7 chooses the auth server of tenant 7.
func AuthServer7(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer8 chooses the auth server of tenant 8.
func AuthServer8(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer9 chooses the auth server of tenant 9.
func AuthServer9(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer10 chooses the auth server of tenant 10.
func AuthServer10(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer11 chooses the auth server of tenant 11.
func AuthServer11(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer12 chooses the auth server of tenant 12.
func AuthServer12(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer13 chooses the auth server of tenant 13.
func AuthServer13(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer14 chooses the auth server of tenant 14.
func AuthServer14(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer15 chooses the auth server of tenant 15.
func AuthServer15(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer16 chooses the auth server of tenant 16.
func AuthServer16(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer17 chooses the auth server of tenant 17.
func AuthServer17(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer18 chooses the auth server of tenant 18.
func AuthServer18(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer19 chooses the auth server of tenant 19.
func AuthServer19(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer20 chooses the auth server of tenant 20.
func AuthServer20(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer21 chooses the auth server of tenant 21.
func AuthServer21(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer22 chooses the auth server of tenant 22.
func AuthServer22(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer23 chooses the auth server of tenant 23.
func AuthServer23(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer24 chooses the auth server of tenant 24.
func AuthServer24(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer25 chooses the auth server of tenant 25.
func AuthServer25(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer26 chooses the auth server of tenant 26.
func AuthServer26(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer27 chooses the auth server of tenant 27.
func AuthServer27(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer28 chooses the auth server of tenant 28.
func AuthServer28(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer29 chooses the auth server of tenant 29.
func AuthServer29(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer30 chooses the auth server of tenant 30.
func AuthServer30(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer31 chooses the auth server of tenant 31.
func AuthServer31(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer32 chooses the auth server of tenant 32.
func AuthServer32(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer33 chooses the auth server of tenant 33.
func AuthServer33(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer34 chooses the auth server of tenant 34.
func AuthServer34(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer35 chooses the auth server of tenant 35.
func AuthServer35(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer36 chooses the auth server of tenant 36.
func AuthServer36(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer37 chooses the auth server of tenant 37.
func AuthServer37(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer38 chooses the auth server of tenant 38.
func AuthServer38(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}

// AuthServer39 chooses the auth server of tenant 39.
func AuthServer39(production bool) string {
	if production {
		return prodAuth + "/oauth/token"
	}
	return demoAuth + "/oauth/token"
}
