"""Pipeline integrations (optional extras): a datatrove step and a Ray Data recipe over `curator.flag`."""
