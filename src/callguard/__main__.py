from callguard.cli import main

main()
