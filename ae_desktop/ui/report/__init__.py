"""The Weekly report dialog: choose the week, preview the pages, export the PDF."""
