"""Evaluation behind ``dossier eval``: calibrated ROUGE, baselines, dataset runners."""
