"""The Clients tab: the client list, a client's detail, contacts and interaction log."""
