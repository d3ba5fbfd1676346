"""The Agenda tab: Today strip, Eisenhower matrix and the time-blocked day."""
