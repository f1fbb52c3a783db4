"""The product's one vocabulary: red-flag codes and their labels, the risk bands and the rule
that picks one, the names of link kinds and case statuses.

A leaf: it imports nothing of ours, so the classifier, the data layer, the web service, the
alerts, the reports and the training data all read the same words from here. The red-flag
codes and Indonesian labels are those of ``docs/red_flags.md``.
"""
