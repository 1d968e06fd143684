"""Allow `python -m quiz`."""

from quiz.launch import main

main()
