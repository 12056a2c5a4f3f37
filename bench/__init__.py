"""Speed and accuracy benchmarks of Balanslistan; ``python bench/run.py [--quick]`` runs them."""
