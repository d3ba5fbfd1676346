"""The Deals tab: pipeline board, deal table, deal editor and the forecast against quota."""
