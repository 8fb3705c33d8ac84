import sys

from bench.budget.run import main

sys.exit(main())
