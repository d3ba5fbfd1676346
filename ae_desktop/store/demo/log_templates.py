"""The AE's log in her own words, English for UK clients and Spanish for Spanish ones.

Interactions are written by *phase*: where the client or the deal stood on that day
(the first touches of a prospect, prospecting, keeping in touch after a deal, qualifying,
proposing, negotiating, won, lost, renewing, running the account, or losing it).
Placeholders are filled from the client's profile (profiles.py) and its deal: {first} the
contact's first name, {dm} and {dm_role} the decision maker, {boss} the decision maker (or
their board when talking to them), {topic} the deal ("the route planner pilot"), {product}
something that fits the industry, {owned} what the customer already uses,
{sites}/{team}/{staff} the industry's words, {pain}/{news}/{win} its situation, {n} its
number of sites, {scope} part of them, {pct} and {n2} numbers, {month} a coming month,
{month_prev} the last one, {budget_month} when the client sets its budget, {close_month}
when the deal should close, {competitor}, {expansion}, {year}.
A capital first letter ({Topic}, {Pain}, {Win}) starts a sentence. Spanish also has
{el_product}/{del_product}, {el_owned}/{del_owned} and {del_topic}/{al_topic}, with the
article agreeing. No template puts "'s" after a name.
"""

from __future__ import annotations

from typing import Final

from ae_desktop.store.demo import log_accounts, log_deals, log_prospects
from ae_desktop.store.demo.log_prospects import Kinds

TEMPLATES: Final[dict[str, dict[str, Kinds]]] = {
    **log_prospects.TEMPLATES,
    **log_deals.TEMPLATES,
    **log_accounts.TEMPLATES,
}
