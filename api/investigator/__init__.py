"""The investigators' side: presentation helpers shared by the queue, advert, case, agency and
source routes (highlighting, the link graph, formatting, the JSON models)."""
