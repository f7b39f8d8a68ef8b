from wic_desk.cli import main

raise SystemExit(main())
