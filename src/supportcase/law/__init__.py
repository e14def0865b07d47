"""Law as dated data: rules with citations, statute text, deadlines, remedies, routes."""
